package org.sitrep.spark;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.TextChecks;
import org.sitrep.ingest.Web;
import org.sitrep.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages of a WARC file (Common Crawl's news crawl is WARC), read by jwarc, gzip per record detected by
 * it. Each successful HTML response becomes an article through the core's page reader, exactly as
 * {@code sitrep ingest URL} reads a fetched page: main text, headline first, date and outlet from the page's
 * metadata. A page that names no date gets the day it was captured. Requests, metadata, redirects and
 * non-HTML responses are no articles and are passed over without a word.
 */
final class WarcDocs extends DocReader.Lookahead {
    private final String file;
    private final WarcReader reader;
    private long records;

    WarcDocs(String file, InputStream in) throws IOException {
        this.file = file;
        this.reader = new WarcReader(in);
        reader.setLenient(true); // real crawls have slightly malformed headers; a strict reader would drop whole files
    }

    @Override
    protected void advance() {
        Optional<WarcRecord> r;
        try {
            r = reader.next();
        } catch (IOException | RuntimeException e) {
            next = Doc.bad(file, file + ": unreadable after record " + records + " (" + e.getMessage()
                    + "); the rest of the file is skipped");
            finish();
            return;
        }
        if (r.isEmpty()) {
            finish();
            return;
        }
        records++;
        if (r.get() instanceof WarcResponse response) {
            next = page(response);
        }
    }

    /** The article of one response, a problem with its reason, or null when the response is no page. */
    private Doc page(WarcResponse response) {
        String url = response.target();
        if (url == null || !url.startsWith("http")) {
            return null;
        }
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
            if (http.status() != 200 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                // one byte over the limit is enough for the core to refuse the page with its reason
                body = in.readNBytes(TextChecks.MAX_ARTICLE_BYTES + 1);
            }
            Article a = Web.page(url, utf8(body, type), Web.host(url));
            if (a.published() == null && response.date() != null) {
                a = a.withPublished(response.date().atZone(ZoneOffset.UTC).toLocalDate());
            }
            return Doc.of(url, a);
        } catch (InputProblem p) {
            return Doc.bad(url, p.getMessage());
        } catch (IOException | RuntimeException e) {
            return Doc.bad(url, url + " (in " + file + "): unreadable response (" + e + ")");
        }
    }

    /** The core reads UTF-8 only: a page that declares another charset is transcoded first. */
    static byte[] utf8(byte[] body, MediaType type) {
        String declared = type == null ? null : type.parameters().get("charset");
        if (declared == null) {
            return body;
        }
        try {
            Charset cs = Charset.forName(declared.strip().replace("\"", ""));
            return cs.equals(StandardCharsets.UTF_8) ? body : new String(body, cs).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return body; // an unknown charset: the core's UTF-8 check decides
        }
    }

    private void finish() {
        done = true;
        close();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // a read stream: closing it can lose nothing
        }
    }
}
