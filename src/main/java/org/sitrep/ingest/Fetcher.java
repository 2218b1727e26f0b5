package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * HTTP for feeds and pages, bounded: a connect timeout, a read timeout for the answer to begin, a
 * deadline for the whole page (every redirect hop and the body) and a size cap, so that a stalled or
 * trickling server costs one page, never the run. Redirects are followed here, one hop at a time, so
 * that every hop's addresses are checked: a link found inside a feed may not lead to a loopback,
 * private or link-local address (a feed pointing at 169.254.169.254 or the analyst's router would
 * otherwise have its answer stored and served) unless the user allows it. A URL the user named is
 * theirs to fetch, on its own host, wherever that is.
 */
public final class Fetcher {
    static final int MAX_REDIRECTS = 5;
    private static final String AGENT = "Sitrep/0.1 (+conflict monitor)";

    /** Bounds of one fetch; {@code allowPrivate} lets feed links reach private addresses. */
    public record Limits(Duration connect, Duration read, Duration deadline, int maxBytes, boolean allowPrivate) {
        /** A page is kilobytes and a feed rarely a megabyte; a news server answers within seconds. */
        public static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), 10 * 1024 * 1024, false);
        }

        public Limits with(Duration newDeadline, boolean newAllowPrivate) {
            return new Limits(connect, read, newDeadline, maxBytes, newAllowPrivate);
        }
    }

    private final Limits limits;
    private final HttpClient http;

    public Fetcher(Limits limits) {
        this.limits = limits;
        this.http = HttpClient.newBuilder().connectTimeout(limits.connect()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A feed or page the user named (command line, feeds file): its own host is fetched even when private. */
    public byte[] fetchNamed(String url) {
        return fetch(url, parse(url, url).getHost());
    }

    /** A link found inside a feed: every hop must resolve to public addresses unless private ones are allowed. */
    public byte[] fetchLink(String url) {
        return fetch(url, null);
    }

    private byte[] fetch(String url, String trustedHost) {
        long deadline = System.nanoTime() + limits.deadline().toNanos();
        URI uri = parse(url, url);
        for (int hop = 0; ; hop++) {
            if (!limits.allowPrivate() && !uri.getHost().equalsIgnoreCase(String.valueOf(trustedHost))) {
                checkPublic(url, uri, hop > 0);
            }
            HttpResponse<byte[]> r = send(url, uri, deadline);
            int status = r.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = r.headers().firstValue("Location")
                        .orElseThrow(() -> new InputProblem(url, "HTTP " + status + " without a Location"));
                if (hop == MAX_REDIRECTS) {
                    throw new InputProblem(url, "more than " + MAX_REDIRECTS + " redirects");
                }
                URI next;
                try {
                    next = parse(url, uri.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new InputProblem(url, "redirected to a malformed URL '" + location + "'");
                }
                if (uri.getScheme().equalsIgnoreCase("https") && next.getScheme().equalsIgnoreCase("http")) {
                    throw new InputProblem(url, "redirected from https to http (" + next + "); not followed");
                }
                uri = next;
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new InputProblem(url, "HTTP " + status + (hop > 0 ? " from " + uri : ""));
            }
            return r.body();
        }
    }

    private HttpResponse<byte[]> send(String url, URI uri, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new InputProblem(url, "no complete answer within " + seconds(limits.deadline()) + " (the deadline for one page)");
        }
        Duration headers = limits.read().toNanos() < left ? limits.read() : Duration.ofNanos(left);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(headers).header("User-Agent", AGENT).GET().build();
        AtomicReference<Capped> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> f = http.sendAsync(req, info -> {
            Capped c = new Capped(limits.maxBytes(), info);
            body.set(c);
            return c;
        });
        try {
            return f.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(f, body.get());
            throw new InputProblem(url, "no complete answer within " + seconds(limits.deadline()) + " (the deadline for one page)");
        } catch (InterruptedException e) {
            abort(f, body.get());
            Thread.currentThread().interrupt();
            throw new InputProblem(url, "interrupted");
        } catch (ExecutionException e) {
            throw problem(url, e.getCause(), headers.equals(limits.read()));
        }
    }

    /** Closes the exchange: cancelling the future alone may leave a trickling body flowing in. */
    private static void abort(CompletableFuture<?> f, Capped body) {
        f.cancel(true);
        if (body != null) {
            body.cancel();
        }
    }

    private InputProblem problem(String url, Throwable cause, boolean readTimeout) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new InputProblem(url, "no connection within " + seconds(limits.connect()));
        }
        if (cause instanceof HttpTimeoutException) {
            return new InputProblem(url, readTimeout ? "no answer within " + seconds(limits.read())
                    : "no complete answer within " + seconds(limits.deadline()) + " (the deadline for one page)");
        }
        if (cause instanceof TooLarge) {
            return new InputProblem(url, "larger than " + limits.maxBytes() + " bytes; not an article");
        }
        if (cause instanceof IOException || cause instanceof IllegalArgumentException) {
            return new InputProblem(url, "cannot fetch (" + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()) + ")");
        }
        return new InputProblem(url, "cannot fetch (" + cause + ")");
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** An absolute http(s) URL with a host. */
    static URI parse(String input, String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new InputProblem(input, "not an http(s) URL: '" + url + "'");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new InputProblem(input, "not a valid URL: '" + url + "'");
        }
    }

    /**
     * Every address the host resolves to must be public. The HTTP client resolves the name again through
     * the same JVM address cache (30 s by default), so a rebinding answer in between is not seen.
     */
    static void checkPublic(String url, URI uri, boolean redirected) {
        String host = uri.getHost();
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new InputProblem(url, "cannot fetch (unknown host " + host + ")");
        }
        for (InetAddress a : all) {
            if (isPrivate(a)) {
                throw new InputProblem(url, "refused: " + (redirected ? "redirected to " + uri + ", whose host " : "")
                        + host + " is " + a.getHostAddress() + ", a loopback, private or link-local address; a link in "
                        + "a feed may not lead there (--allow-private fetches such links)");
            }
        }
    }

    /** Loopback, unspecified, private (RFC 1918, fc00::/7), link-local, carrier-grade NAT, multicast, reserved. */
    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int x = b[0] & 0xff, y = b[1] & 0xff;
            return x == 0 || x == 100 && (y & 0xc0) == 64 || x == 198 && (y & 0xfe) == 18 || x >= 240;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return true;
        }
        // an IPv4 address inside IPv6 (::a.b.c.d, ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d) is that address
        boolean v4inside = true;
        for (int i = 0; i < 10; i++) {
            v4inside &= b[i] == 0;
        }
        v4inside = v4inside && (b[10] == b[11]) && (b[10] == 0 || b[10] == (byte) 0xff);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (v4inside || nat64) {
            try {
                return isPrivate(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are an IPv4 address", e);
            }
        }
        return false;
    }

    /** Too many bytes for one page. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** The body up to the cap; an answer that is not 2xx is not read (a redirect or an error needs only its head). */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private final int max;
        private final boolean wanted;
        private final boolean declaredTooLarge;
        private volatile Flow.Subscription subscription;

        Capped(int max, HttpResponse.ResponseInfo info) {
            this.max = max;
            this.wanted = info.statusCode() >= 200 && info.statusCode() < 300;
            this.declaredTooLarge = info.headers().firstValueAsLong("Content-Length").orElse(-1) > max;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (!wanted || declaredTooLarge) {
                s.cancel();
                if (declaredTooLarge && wanted) {
                    body.completeExceptionally(new TooLarge());
                } else {
                    body.complete(new byte[0]);
                }
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (buf.size() + b.remaining() > max) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buf.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(buf.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            body.cancel(true);
        }
    }
}
