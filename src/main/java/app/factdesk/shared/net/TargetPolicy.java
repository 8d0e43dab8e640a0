package app.factdesk.shared.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses a server-side request (an evidence capture, a webhook delivery) may connect to (ADR 026, 028). Refused unless an allow-list entry names them: loopback,
 * unspecified, private (10/8, 172.16/12, 192.168/16), shared (100.64/10), link-local (169.254/16, fe80::/10),
 * multicast, unique-local (fc00::/7), reserved and broadcast ranges — also when an IPv6 address embeds an IPv4 one
 * (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4) — and every port but 80 and 443.
 */
public final class TargetPolicy {

    /** An allow-list entry: an address or CIDR block, with a port or any. */
    public record Entry(byte[] network, int prefix, Integer port) {

        public static Entry parse(String text) {
            String value = text.strip();
            Integer port = null;
            int colon = value.lastIndexOf(':');
            if (value.startsWith("[")) {
                int close = value.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException(text);
                }
                if (close + 1 < value.length() && value.charAt(close + 1) == ':') {
                    port = Integer.valueOf(value.substring(close + 2));
                }
                value = value.substring(1, close);
            } else if (colon > 0 && value.indexOf(':') == colon) {
                port = Integer.valueOf(value.substring(colon + 1));
                value = value.substring(0, colon);
            }
            int slash = value.indexOf('/');
            String address = slash < 0 ? value : value.substring(0, slash);
            if (!address.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException(text);
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(text, e);
            }
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(value.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8 || port != null && (port < 1 || port > 65535)) {
                throw new IllegalArgumentException(text);
            }
            return new Entry(bytes, prefix, port);
        }

        boolean matches(InetAddress address, int targetPort) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length || port != null && port != targetPort) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private TargetPolicy() {
    }

    /** Null if the capture may connect to {@code address} on {@code port}, else the refusal's message key. */
    public static String refusal(InetAddress address, int port, List<Entry> allowed) {
        for (Entry entry : allowed) {
            if (entry.matches(address, port)) {
                return null;
            }
        }
        if (internal(address)) {
            return "snapshot.failed.address-not-allowed";
        }
        if (port != 80 && port != 443) {
            return "snapshot.failed.port-not-allowed";
        }
        return null;
    }

    public static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true; // fec0::/10 site-local (deprecated)
            }
            if (allZero(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || allZero(b, 10, 12))) {
                return internalV4(slice(b, 12)); // ::ffff:a.b.c.d mapped, ::a.b.c.d compatible, :: and ::1
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && allZero(b, 4, 12)) {
                return internalV4(slice(b, 12)); // 64:ff9b::/96 NAT64
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return internalV4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16 6to4
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && allZero(b, 2, 4)) {
                return true; // 2001::/32 Teredo (hides the real target)
            }
            return first == 0x01 && allZero(b, 1, 8); // 100::/64 discard-only
        }
        return true;
    }

    private static boolean internalV4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        return a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast, reserved
                || a == 169 && c == 254 // link-local (cloud metadata)
                || a == 172 && c >= 16 && c <= 31 || a == 192 && c == 168 // private
                || a == 100 && c >= 64 && c <= 127 // shared address space (carrier-grade NAT)
                || a == 192 && c == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
                || a == 198 && (c == 18 || c == 19); // benchmarking
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        byte[] out = new byte[b.length - from];
        System.arraycopy(b, from, out, 0, out.length);
        return out;
    }
}
