package org.parallax.ingest.internal.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.ingest.FetchFailed;

/**
 * Keeps the fetcher off the machine it runs on and the networks behind it (server-side request
 * forgery): only http and https, and only hosts whose every address is public, unless the admin
 * allowed the host by name.
 *
 * <p>What remains: {@code HttpClient} resolves the host again when it connects and cannot be handed
 * the checked address. That second lookup is normally answered from the JVM's address cache
 * (networkaddress.cache.ttl, 30 s by default), so it sees the address checked here; a DNS answer
 * that changes in the instant between the two lookups after the cache expired is not caught.
 */
final class AddressGuard {

    private final Set<String> allowedHosts;

    AddressGuard(Collection<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(AddressGuard::bare).collect(Collectors.toUnmodifiableSet());
    }

    /** Refuses, before any connection is made, a URL the fetcher must not request. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("only http and https are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refused("no host name in " + uri);
        }
        String host = bare(uri.getHost());
        if (allowedHosts.contains(host)) {
            return;
        }
        for (InetAddress address : resolve(host)) {
            String kind = forbiddenKind(address);
            if (kind != null) {
                throw refused(literal(host) ? host + " is " + kind + " address"
                        : host + " is at " + address.getHostAddress() + ", " + kind + " address");
            }
        }
    }

    private static InetAddress[] resolve(String host) {
        try {
            // A literal IP is parsed, not looked up, so refusing one sends nothing on the network.
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchFailed("unknown host " + host, true, e);
        }
    }

    /** Why an address is off limits ("a private"), or null when it is public. */
    static String forbiddenKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "a private";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return forbiddenIpv4(bytes);
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return "a private"; // fc00::/7, unique local
        }
        InetAddress embedded = embeddedIpv4((Inet6Address) address);
        return embedded == null ? null : forbiddenKind(embedded);
    }

    private static String forbiddenIpv4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0) {
            return "an unspecified"; // 0.0.0.0/8, "this network"
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "a private"; // 100.64.0.0/10, carrier-grade NAT
        }
        if (Arrays.equals(bytes, new byte[] {-1, -1, -1, -1})) {
            return "a broadcast";
        }
        if (first >= 240) {
            return "a reserved";
        }
        return null;
    }

    /** The IPv4 address hidden in an IPv4-compatible, NAT64 or 6to4 address, which may reach a private host. */
    private static InetAddress embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        byte[] v4 = null;
        if (address.isIPv4CompatibleAddress()) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        } else if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            v4 = Arrays.copyOfRange(b, 12, 16); // 64:ff9b::/96
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = Arrays.copyOfRange(b, 2, 6); // 2002::/16
        }
        if (v4 == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** An address written out in the URL, as opposed to a name looked up in DNS. */
    private static boolean literal(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static FetchFailed refused(String why) {
        return new FetchFailed("refused: " + why, false);
    }

    private static String bare(String host) {
        String lower = host.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
