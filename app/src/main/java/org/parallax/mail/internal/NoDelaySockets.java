package org.parallax.mail.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets that send small writes at once (TCP_NODELAY). SMTP is a conversation of short commands
 * and replies; with Nagle's algorithm the end of each message waited for the server's delayed
 * acknowledgement, some 40 ms a message, which capped a batch at about 20 messages a second.
 */
final class NoDelaySockets extends SocketFactory {

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configured(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return configured(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configured(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return configured(new Socket(address, port, localAddress, localPort));
    }

    private static Socket configured(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
