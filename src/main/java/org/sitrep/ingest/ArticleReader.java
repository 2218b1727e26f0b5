package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads articles from files (plain text or HTML, told apart by content), standard input, or JSONL
 * ({@code {"id","text","published","source","url"}}, one article a line). A file may have metadata
 * beside it: {@code NAME.json}, or an {@code article.json} naming it ({@code {"file", "published", "source"}}).
 * Every problem becomes an {@link Item} with a one-line reason; reading goes on.
 */
public final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleReader() {
    }

    public static Item file(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new InputProblem(name, "is a directory; give the files in it");
            }
            long size = Files.size(path);
            if (size > TextChecks.MAX_ARTICLE_BYTES) {
                throw new InputProblem(name, String.format(Locale.ROOT,
                        "too large for one article (%,d bytes; the limit is %,d)", size, TextChecks.MAX_ARTICLE_BYTES));
            }
            String raw = TextChecks.decode(name, Files.readAllBytes(path));
            Article a = fromContent(path.getFileName().toString(), name, raw);
            return Item.ok(name, withSidecar(path, a));
        } catch (InputProblem p) {
            return Item.bad(p);
        } catch (NoSuchFileException e) {
            return Item.bad(new InputProblem(name, "no such file"));
        } catch (IOException e) {
            return Item.bad(new InputProblem(name, "cannot read: " + e.getMessage()));
        }
    }

    public static Item stdin(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(TextChecks.MAX_ARTICLE_BYTES + 1);
            String raw = TextChecks.decode("<stdin>", bytes);
            return Item.ok("<stdin>", fromContent("stdin", "<stdin>", raw));
        } catch (InputProblem p) {
            return Item.bad(p);
        } catch (IOException e) {
            return Item.bad(new InputProblem("<stdin>", "cannot read: " + e.getMessage()));
        }
    }

    /** Article text from raw file content: HTML is reduced to headline and paragraphs. */
    static Article fromContent(String id, String input, String raw) {
        String head = raw.stripLeading();
        String text;
        String title = null;
        LocalDate published = null;
        if (looksLikeHtml(head)) {
            Document d = Jsoup.parse(raw);
            title = d.title();
            StringBuilder sb = new StringBuilder();
            Element h1 = d.selectFirst("h1");
            String headline = h1 != null ? h1.text() : title;
            if (headline != null && !headline.isBlank()) {
                sb.append(headline.strip()).append("\n\n");
            }
            for (Element p : d.select("article p, main p, body p")) {
                String t = p.text().strip();
                if (!t.isEmpty()) {
                    sb.append(t).append("\n\n");
                }
            }
            if (d.select("p").isEmpty()) {
                sb.append(d.body() == null ? "" : d.body().wholeText());
            }
            text = sb.toString().strip();
            Element meta = d.selectFirst("meta[property=article:published_time], meta[name=date], meta[itemprop=datePublished]");
            if (meta != null) {
                published = lenientDate(meta.attr("content"));
            }
        } else {
            text = raw;
        }
        text = TextChecks.checkText(input, text);
        return new Article(id, text, published, null, null, "en");
    }

    private static boolean looksLikeHtml(String head) {
        String h = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body") || h.contains("<p>")
                || h.contains("<head");
    }

    private static Article withSidecar(Path path, Article a) {
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null) {
            return a;
        }
        // "report.txt" may have "report.json" beside it; a folder may hold one "article.json" naming its file
        String base = path.getFileName().toString().replaceAll("\\.[^.]+$", "");
        Path own = dir.resolve(base + ".json");
        Path meta = Files.isRegularFile(own) && !own.equals(path) ? own : dir.resolve("article.json");
        if (!Files.isRegularFile(meta)) {
            return a;
        }
        try {
            JsonNode n = JSON.readTree(Files.readString(meta));
            if (meta.equals(dir.resolve("article.json")) && !path.getFileName().toString().equals(n.path("file").asText())) {
                return a;
            }
            LocalDate pub = a.published() != null ? a.published() : lenientDate(n.path("published").asText(""));
            String src = n.path("source").asText(null);
            return new Article(a.id(), a.text(), pub, src, n.path("url").asText(null), n.path("language").asText("en"),
                    byline(n));
        } catch (IOException e) {
            throw new InputProblem(meta.toString(), "unreadable metadata: " + oneLine(e.getMessage()));
        }
    }

    /**
     * Whether a JSONL file found in a folder holds articles: its first line is an object with "text".
     * Gold files and other JSON lines beside the articles are passed over rather than reported line by line.
     */
    public static boolean holdsArticles(Path path) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    return n != null && n.has("text");
                }
            }
            return false;
        } catch (IOException e) {
            return true; // unreadable: let the reader report it line by line
        }
    }

    /** Articles of a JSONL file, one per line; a bad line becomes a problem naming its line number. */
    public static void jsonl(Path path, Consumer<Item> sink) {
        String name = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            jsonl(name, in, sink);
        } catch (NoSuchFileException e) {
            sink.accept(Item.bad(new InputProblem(name, "no such file")));
        } catch (IOException e) {
            sink.accept(Item.bad(new InputProblem(name, "cannot read: " + e.getMessage())));
        }
    }

    public static void jsonl(String name, InputStream in, Consumer<Item> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)));
        int lineNo = 0;
        while (true) {
            String line;
            String where = name + " line " + (lineNo + 1);
            try {
                line = r.readLine();
            } catch (java.nio.charset.CharacterCodingException e) {
                sink.accept(Item.bad(new InputProblem(where, "not valid UTF-8; the rest of the file is skipped")));
                return;
            }
            if (line == null) {
                return;
            }
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                sink.accept(Item.ok(where, parseLine(where, line, lineNo)));
            } catch (InputProblem p) {
                sink.accept(Item.bad(p));
            }
        }
    }

    /**
     * One JSONL line as an article ({@code lineNo} names it when it has no "id"); public for readers that
     * stream lines themselves, like the Spark archive job.
     */
    public static Article parseLine(String where, String line, int lineNo) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputProblem(where, "malformed JSON (" + oneLine(e.getOriginalMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            throw new InputProblem(where, "expected a JSON object with a \"text\" field");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) {
            throw new InputProblem(where, "no \"text\" string");
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : "line-" + lineNo;
        if (id.isBlank()) {
            id = "line-" + lineNo;
        }
        String t = TextChecks.checkText(where + " (id " + id + ")", text.asText());
        LocalDate pub = null;
        if (n.hasNonNull("published")) {
            pub = lenientDate(n.get("published").asText());
            if (pub == null) {
                throw new InputProblem(where + " (id " + id + ")", "\"published\" is not a date: '"
                        + n.get("published").asText() + "' (expected YYYY-MM-DD)");
            }
        }
        return new Article(id, t, pub, n.path("source").asText(null), n.path("url").asText(null),
                n.path("language").asText("en"), byline(n));
    }

    /** "byline", or "author" as many exports call it; null when neither is there. */
    private static String byline(JsonNode n) {
        String b = n.path("byline").asText(n.path("author").asText(""));
        return b.isBlank() ? null : b.strip();
    }

    /** YYYY-MM-DD, optionally followed by a time ("2019-10-29T08:00:00Z"); null when not a real date. */
    public static LocalDate lenientDate(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    public static List<Item> files(List<Path> paths) {
        List<Item> out = new ArrayList<>();
        for (Path p : paths) {
            out.add(file(p));
        }
        return out;
    }
}
