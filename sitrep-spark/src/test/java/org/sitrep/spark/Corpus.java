package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The small test archive, made from reports written for this project: the development set's articles as
 * JSONL (with a malformed line, a French article and an empty one), some of them gzipped, two of them as
 * pages in a gzipped WARC made with jwarc (beside a request, a 404 and an image, which are no articles), and
 * the bundled example reports as a folder of text files with their sidecars.
 */
final class Corpus {
    static final Path DEVSET = Path.of("../src/test/resources/devset");
    static final Path EXAMPLES = Path.of("../examples/reports");
    static final String FRENCH = "Le gouvernement a annoncé hier soir que les négociations avec les représentants des"
            + " syndicats reprendront la semaine prochaine dans la capitale, selon un communiqué officiel.";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path jsonl, gz, warc, folder;
    /** The gzipped articles unpacked, for `sitrep extract`, which reads no gzip. */
    final Path gzPlain;
    /** The WARC's pages: URL, HTML. */
    final List<String[]> pages = new ArrayList<>();
    /** The day the WARC's pages were captured. */
    final java.time.LocalDate capturedDay;

    Corpus(Path root) {
        try {
            List<Path> dev;
            try (Stream<Path> s = Files.list(DEVSET)) {
                dev = s.filter(Files::isDirectory).sorted().toList();
            }
            jsonl = root.resolve("in/articles.jsonl");
            Files.createDirectories(jsonl.getParent());
            List<String> lines = new ArrayList<>();
            for (Path d : dev.subList(0, 12)) {
                lines.add(line(d, true));
            }
            lines.add("{\"id\": \"broken\", \"text\": \"Two soldiers were killed");
            lines.add(JSON.createObjectNode().put("id", "french").put("text", FRENCH).toString());
            lines.add("{\"id\": \"empty\", \"text\": \"\"}");
            lines.add(line(dev.get(12), false)); // no id: "line-16", as extract names it
            Files.write(jsonl, lines);

            gzPlain = root.resolve("plain/more.jsonl");
            Files.createDirectories(gzPlain.getParent());
            List<String> more = new ArrayList<>();
            for (Path d : dev.subList(13, 17)) {
                more.add(line(d, true));
            }
            Files.write(gzPlain, more);
            gz = root.resolve("in/more.jsonl.gz");
            try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
                o.write(String.join("\n", more).concat("\n").getBytes(StandardCharsets.UTF_8));
            }

            warc = root.resolve("in/news.warc.gz");
            for (Path d : dev.subList(17, 19)) {
                JsonNode meta = JSON.readTree(Files.readString(d.resolve("article.json")));
                String[] paras = Files.readString(d.resolve("article.txt")).strip().split("\n\\s*\n");
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>" + paras[0] + "</title>");
                if (d.equals(dev.get(17))) { // the other page names no date: it gets the day of its capture
                    html.append("<meta property=\"article:published_time\" content=\"").append(meta.get("published").asText())
                            .append("T08:00:00Z\">");
                }
                html.append("</head><body><nav>Home | World | Contact</nav><article><h1>").append(paras[0]).append("</h1>");
                for (int i = 1; i < paras.length; i++) {
                    html.append("<p>").append(paras[i].strip()).append("</p>");
                }
                html.append("</article><footer>Copyright</footer></body></html>");
                pages.add(new String[] {"https://news.example.org/" + d.getFileName(), html.toString()});
            }
            capturedDay = java.time.LocalDate.parse(published(dev.get(18)));
            writeWarc(warc, pages, Instant.parse(capturedDay + "T12:00:00Z"));
            folder = EXAMPLES;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> inputs() {
        return List.of(jsonl.toString(), gz.toString(), warc.toString(), folder.toString());
    }

    /** The page without a date is captured on the day its report was published. */
    private static String published(Path d) throws IOException {
        return JSON.readTree(Files.readString(d.resolve("article.json"))).get("published").asText();
    }

    private static String line(Path d, boolean withId) throws IOException {
        JsonNode meta = JSON.readTree(Files.readString(d.resolve("article.json")));
        var o = JSON.createObjectNode();
        if (withId) {
            o.put("id", meta.path("id").asText(d.getFileName().toString()));
        }
        o.put("text", Files.readString(d.resolve("article.txt")));
        for (String f : new String[] {"published", "source"}) {
            if (meta.hasNonNull(f)) {
                o.put(f, meta.get(f).asText());
            }
        }
        return JSON.writeValueAsString(o);
    }

    /** A crawl as Common Crawl writes it: a request and a response per page, gzip per record, and some non-pages. */
    static void writeWarc(Path file, List<String[]> pages, Instant captured) throws IOException {
        try (WarcWriter w = new WarcWriter(Channels.newChannel(Files.newOutputStream(file)), WarcCompression.GZIP)) {
            for (String[] p : pages) {
                w.write(new WarcRequest.Builder(URI.create(p[0])).date(captured)
                        .body(new HttpRequest.Builder("GET", URI.create(p[0]).getPath()).build()).build());
                w.write(response(p[0], 200, "text/html; charset=utf-8", p[1].getBytes(StandardCharsets.UTF_8), captured));
            }
            w.write(response("https://news.example.org/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8), captured));
            w.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                    captured));
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, Instant captured) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head8.length + body.length];
        System.arraycopy(head8, 0, all, 0, head8.length);
        System.arraycopy(body, 0, all, head8.length, body.length);
        return new WarcResponse.Builder(URI.create(url)).date(captured).body(MediaType.HTTP_RESPONSE, all).build();
    }
}
