package org.sitrep.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request passes before a handler sees it. Only this server's host names: a DNS-rebinding page
 * reaches loopback under its own name, and its Host header gives it away. Writes only as JSON (a form
 * or text/plain POST from another site needs no CORS preflight; JSON does, and none is granted), only
 * from the server's own origin when a browser says where it comes from, and only as many bytes as the
 * limit, however the body is framed. Every response carries headers that keep the page out of frames
 * and its scripts and styles to its own.
 */
final class Guard {
    private final IntSupplier port;
    /** Names and addresses of this server: they must come with its port. */
    private final Set<String> hosts = new HashSet<>();
    /** --allowed-host NAME (any port: a reverse proxy has its own) and NAME:PORT. */
    private final Set<String> anyPort = new HashSet<>();
    private final Set<String> exact = new HashSet<>();
    private final String csp;
    private final String referrer;

    Guard(String bound, IntSupplier port, List<String> allowed, String tiles) {
        this.port = port;
        hosts.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
        hosts.addAll(ownNames(bound));
        for (String a : allowed) {
            String[] hp = split(a);
            if (hp == null || hp[0].isEmpty()) {
                throw new IllegalArgumentException("--allowed-host '" + a + "' is not a host name or HOST:PORT");
            }
            if (hp[1] == null) {
                anyPort.add(hp[0]);
            } else {
                exact.add(hp[0] + ":" + hp[1]);
            }
        }
        String tileSource = tiles == null || tiles.isBlank() ? "" : " " + tileSource(tiles);
        // the page's own scripts and styles; Leaflet from the webjar path; tiles only when configured.
        // style-src-attr: app.js writes the legend's colour swatches as style attributes (no script runs from them)
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self'"
                + tileSource + "; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        // tile servers ask for a Referer (OpenStreetMap's policy); the origin alone says nothing of the analyst's query
        this.referrer = tileSource.isEmpty() ? "no-referrer" : "strict-origin";
    }

    /** Headers on every response, refusals included. */
    void secure(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", csp);
        ctx.header("Referrer-Policy", referrer);
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** Every request: a Host this server answers to. */
    void checkHost(Context ctx) {
        String h = ctx.header("Host");
        if (h == null || !allowedHost(h)) {
            throw new BadRequest("Host", "this server does not answer to Host '" + h + "' (it answers to localhost, "
                    + "127.0.0.1, [::1] and the address it listens on; add a name with --allowed-host)", 403);
        }
    }

    boolean allowedHost(String header) {
        String[] hp = split(header);
        if (hp == null) {
            return false;
        }
        String own = String.valueOf(port.getAsInt());
        if (hosts.contains(hp[0]) && (own.equals(hp[1]) || hp[1] == null && own.equals("80"))) {
            return true;
        }
        if (anyPort.contains(hp[0])) {
            return true;
        }
        // a browser leaves out the default port: NAME:443 behind a TLS proxy arrives as NAME
        return hp[1] != null ? exact.contains(hp[0] + ":" + hp[1])
                : exact.contains(hp[0] + ":80") || exact.contains(hp[0] + ":443");
    }

    /**
     * A write: from no browser (no Origin: curl, scripts) or from this server's own page; JSON; then the
     * token where one is set (checked by the caller), then the body within {@code max} bytes.
     */
    void checkWrite(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw new BadRequest("Origin", "writes from another site are refused (Origin '" + origin
                    + "'); post from this server's own page, or from a program that sends no Origin", 403);
        }
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new BadRequest("Content-Type", "writes take 'Content-Type: application/json'; got "
                    + (type == null ? "none" : "'" + type + "'"), 415);
        }
    }

    /** The server's own scheme://host:port: what a browser sends from a page this server served. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI u = new URI(origin);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            // https too: behind a TLS proxy the page's origin is https and the Host header is the same
            return (scheme.equals("http") || scheme.equals("https")) && u.getRawAuthority() != null
                    && u.getPath().isEmpty() && u.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed frame, a file) and garbage are not this server
        }
    }

    /**
     * The body, at most {@code max} bytes counted as they are read: a Content-Length check alone lets a
     * chunked body of any size through (Javalin reads it all into memory).
     */
    static byte[] body(Context ctx, long max) {
        if (ctx.req().getContentLengthLong() > max) {
            throw tooLarge(ctx, max);
        }
        try {
            byte[] b = ctx.req().getInputStream().readNBytes((int) max + 1);
            if (b.length > max) {
                throw tooLarge(ctx, max);
            }
            return b;
        } catch (IOException e) {
            throw new BadRequest("body", "the body could not be read (" + e.getMessage() + ")");
        }
    }

    private static BadRequest tooLarge(Context ctx, long max) {
        // the rest of the body stays unread: the connection cannot be reused
        ctx.header("Connection", "close");
        return new BadRequest("body", "the body is larger than " + max + " bytes", 413);
    }

    /** HOST or HOST:PORT, lower-cased, IPv6 in brackets; null when it is neither. */
    static String[] split(String authority) {
        String a = authority.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            String rest = end < 0 ? null : a.substring(end + 1);
            if (rest == null || !rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return null;
            }
            return new String[] {a.substring(0, end + 1), rest.isEmpty() ? null : rest.substring(1)};
        }
        int colon = a.indexOf(':');
        if (colon < 0) {
            return a.matches("[a-z0-9._-]*") ? new String[] {a, null} : null;
        }
        if (a.indexOf(':', colon + 1) >= 0) { // a bare IPv6 address (only in --allowed-host)
            return a.matches("[0-9a-f:.]+") ? new String[] {"[" + a + "]", null} : null;
        }
        String host = a.substring(0, colon), p = a.substring(colon + 1);
        return host.matches("[a-z0-9._-]+") && p.matches("\\d{1,5}") ? new String[] {host, p} : null;
    }

    /** The bound host as clients write it; a wildcard address answers to every address and name of this machine. */
    private static Set<String> ownNames(String bound) {
        Set<String> out = new HashSet<>();
        String b = bound.strip().toLowerCase(Locale.ROOT);
        out.add(b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b);
        try {
            InetAddress a = InetAddress.getByName(bound);
            out.add(literal(a));
            if (a.isAnyLocalAddress()) {
                for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    for (InetAddress i : Collections.list(n.getInetAddresses())) {
                        out.add(literal(i));
                    }
                }
                InetAddress local = InetAddress.getLocalHost();
                out.add(local.getHostName().toLowerCase(Locale.ROOT));
                out.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
            }
        } catch (UnknownHostException | SocketException e) {
            // the server itself fails to bind an unknown host; a machine without a name keeps its addresses
        }
        return out;
    }

    private static String literal(InetAddress a) {
        String s = a.getHostAddress();
        int scope = s.indexOf('%');
        s = scope < 0 ? s : s.substring(0, scope);
        return s.contains(":") ? "[" + s.toLowerCase(Locale.ROOT) + "]" : s;
    }

    private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?)://([^/?#]+)");

    /** The CSP source of a tile URL template: {s}.tile.example.org becomes *.tile.example.org. */
    static String tileSource(String tiles) {
        Matcher m = TILE_ORIGIN.matcher(tiles.strip());
        if (!m.find()) {
            throw new IllegalArgumentException("--tiles '" + tiles + "' is not an http(s) URL template");
        }
        String authority = m.group(2).replaceFirst("^[^@]*@", "").replaceFirst("^\\{[a-z]+}\\.", "*.");
        // a placeholder anywhere else cannot be written as a CSP host: allow the scheme instead
        return authority.contains("{") ? m.group(1) + ":" : m.group(1) + "://" + authority;
    }
}
