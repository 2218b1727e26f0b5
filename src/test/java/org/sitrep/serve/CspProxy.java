package org.sitrep.serve;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A loopback proxy in front of a test server that adds a strict Content-Security-Policy to every
 * answer, as a hardened deployment does: the page must work with no inline script or style, and a
 * violation shows as a console error, which the browser tests fail on.
 */
final class CspProxy implements AutoCloseable {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition", "Link");

    private final HttpServer http;
    private final HttpClient client = HttpClient.newHttpClient();

    CspProxy(int target) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", ex -> {
            try (ex; InputStream body = ex.getRequestBody()) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target + ex.getRequestURI()))
                        .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()));
                for (String h : REQUEST_HEADERS) {
                    String v = ex.getRequestHeaders().getFirst(h);
                    if (v != null) {
                        b.header(h, v);
                    }
                }
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                for (String h : RESPONSE_HEADERS) {
                    r.headers().firstValue(h).ifPresent(v -> ex.getResponseHeaders().add(h, v));
                }
                ex.getResponseHeaders().add("Content-Security-Policy", POLICY);
                ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                ex.getResponseBody().write(r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("proxy interrupted", e);
            }
        });
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
