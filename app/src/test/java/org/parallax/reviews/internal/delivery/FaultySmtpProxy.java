package org.parallax.reviews.internal.delivery;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * An SMTP relay for tests that stands between the sender and a real server (GreenMail) and
 * misbehaves on cue: it refuses recipients (4xx for a while, 5xx for good), answers "busy" for a
 * while, drops the connection before a message or after the server took it, or holds a message's
 * final dot while a test kills the sender. Messages are counted by MAIL FROM, from 1, across
 * connections. It relays one command and one reply at a time (the sender does not pipeline).
 */
final class FaultySmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final AtomicInteger messages = new AtomicInteger();
    private final Map<String, String> refusedForGood = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusedForNow = new ConcurrentHashMap<>();
    private final AtomicInteger busyFor = new AtomicInteger();
    private volatile int dropBefore = -1;
    private volatile int dropAfterAcceptance = -1;
    private volatile int holdBeforeDot = -1;
    private volatile int holdReply = -1;
    private volatile IntConsumer onMessage = n -> { };
    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch holdReleased = new CountDownLatch(1);

    FaultySmtpProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("smtp-proxy").start(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Messages the sender began (MAIL FROM commands seen). */
    int messagesBegun() {
        return messages.get();
    }

    void refuseForGood(String address, String reply) {
        refusedForGood.put(address.toLowerCase(Locale.ROOT), reply);
    }

    /** Answers 451 to this recipient the next {@code times} times. */
    void refuseForNow(String address, int times) {
        refusedForNow.put(address.toLowerCase(Locale.ROOT), new AtomicInteger(times));
    }

    /** Answers 421 to the next {@code times} messages' MAIL FROM, as a server that is overloaded. */
    void busyFor(int times) {
        busyFor.set(times);
    }

    /** Cuts the connection when message n begins: nothing of it reaches the server. */
    void dropBefore(int n) {
        dropBefore = n;
    }

    /** Cuts the connection after the server accepted message n and before the sender hears it. */
    void dropAfterAcceptance(int n) {
        dropAfterAcceptance = n;
    }

    /** Holds message n's final dot (the server has not accepted it) until {@link #holdReleased} counts down. */
    void holdBeforeDot(int n) {
        holdBeforeDot = n;
    }

    /** Holds the server's answer to message n's final dot (it has accepted the message) until {@link #holdReleased}. */
    void holdReply(int n) {
        holdReply = n;
    }

    /** Runs as message n begins, before it is relayed. */
    void onMessage(IntConsumer hook) {
        onMessage = hook;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofPlatform().daemon().name("smtp-proxy-connection").start(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort)) {
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            BufferedReader fromClient = reader(client);
            BufferedReader fromServer = reader(server);
            OutputStream toClient = client.getOutputStream();
            OutputStream toServer = new BufferedOutputStream(server.getOutputStream());
            relayReply(fromServer, toClient);
            int current = 0;
            String line;
            while ((line = fromClient.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("MAIL FROM")) {
                    current = messages.incrementAndGet();
                    onMessage.accept(current);
                    if (current == dropBefore) {
                        return;
                    }
                    if (busyFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        write(toClient, "421 4.7.0 Too busy, try again later");
                        return;
                    }
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                    String refusal = refusedForGood.get(address);
                    AtomicInteger forNow = refusedForNow.get(address);
                    if (refusal == null && forNow != null && forNow.getAndDecrement() > 0) {
                        refusal = "451 4.2.1 <" + address + ">: mailbox busy, try again later";
                    }
                    if (refusal != null) {
                        write(toClient, refusal);
                        continue;
                    }
                } else if (command.equals("DATA")) {
                    write(toServer, line);
                    if (!relayReply(fromServer, toClient).startsWith("354")) {
                        continue;
                    }
                    String data;
                    while ((data = fromClient.readLine()) != null && !data.equals(".")) {
                        toServer.write((data + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    }
                    toServer.flush();
                    if (data == null) {
                        return;
                    }
                    if (current == holdBeforeDot) {
                        holding.countDown();
                        holdReleased.await();
                        return;
                    }
                    write(toServer, ".");
                    if (current == dropAfterAcceptance) {
                        readReply(fromServer);
                        return;
                    }
                    if (current == holdReply) {
                        readReply(fromServer);
                        holding.countDown();
                        holdReleased.await();
                        return;
                    }
                    relayReply(fromServer, toClient);
                    continue;
                }
                write(toServer, line);
                relayReply(fromServer, toClient);
            }
        } catch (IOException e) {
            // one side hung up: so does the relay
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String relayReply(BufferedReader from, OutputStream to) throws IOException {
        String reply = readReply(from);
        to.write(reply.getBytes(StandardCharsets.ISO_8859_1));
        to.flush();
        return reply;
    }

    /** A whole reply, its continuation lines ("250-...") included, with line ends. */
    private static String readReply(BufferedReader from) throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = from.readLine();
            if (line == null) {
                throw new IOException("the server hung up");
            }
            reply.append(line).append("\r\n");
        } while (line.length() > 3 && line.charAt(3) == '-');
        return reply.toString();
    }

    private static void write(OutputStream to, String line) throws IOException {
        to.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        to.flush();
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws IOException {
        holdReleased.countDown();
        listener.close();
    }
}
