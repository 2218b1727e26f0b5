package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Article;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Feeds and web pages, once fetched ({@link Fetcher}): RSS/Atom through Rome, article pages through
 * jsoup, which keeps the main text (the block with the most paragraph text) and drops navigation and
 * boilerplate; headline, byline and publication date come from the page's metadata.
 */
public final class Web {
    private Web() {
    }

    /** One feed entry: its link and what the feed says of it. */
    public record Entry(String url, String title, LocalDate published, String summary, String feedTitle) {
    }

    public static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Whether fetched bytes are an RSS or Atom document rather than a page. */
    public static boolean looksLikeFeed(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    public static List<Entry> entries(String url, byte[] body) {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputProblem(url, "not a readable RSS or Atom feed (" + oneLine(e.getMessage()) + ")");
        }
        List<Entry> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() != null ? e.getLink().strip() : e.getUri();
            if (link == null || link.isBlank()) {
                continue;
            }
            var date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String summary = e.getDescription() == null ? "" : Jsoup.parse(e.getDescription().getValue()).text();
            if (summary.isBlank() && !e.getContents().isEmpty()) {
                summary = Jsoup.parse(e.getContents().get(0).getValue()).text();
            }
            out.add(new Entry(resolve(url, link), e.getTitle(),
                    date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), summary, feed.getTitle()));
        }
        return out;
    }

    /** The article on a page: headline, then the main text's paragraphs; metadata where the page has it. */
    public static Article page(String url, byte[] body, String fallbackSource) {
        // the fetch capped the page's size; markup, scripts and styles may weigh more than an article's text
        String html = TextChecks.decode(url, body, Integer.MAX_VALUE);
        Document d = Jsoup.parse(html, url);
        String byline = byline(d); // before the header that may hold it goes; a byline is no part of the story
        d.select("script, style, nav, header, footer, aside, form, noscript, iframe, figure figcaption, .share, .related,"
                + " .comments, .advert, .ad, .byline, [rel=author], [itemprop=author]").remove();
        String headline = meta(d, "meta[property=og:title]");
        if (headline == null) {
            Element h1 = d.selectFirst("h1");
            headline = h1 != null ? h1.text() : d.title();
        }
        Element main = mainBlock(d);
        StringBuilder sb = new StringBuilder();
        if (headline != null && !headline.isBlank()) {
            sb.append(headline.strip()).append("\n\n");
        }
        for (Element p : main.select("p")) {
            String t = p.text().strip();
            if (t.length() > 1) {
                sb.append(t).append("\n\n");
            }
        }
        String text = TextChecks.checkText(url, sb.toString().strip());
        String published = meta(d, "meta[property=article:published_time], meta[name=pubdate], meta[name=date],"
                + " meta[itemprop=datePublished], meta[name=dc.date]");
        if (published == null) {
            Element time = d.selectFirst("time[datetime]");
            published = time == null ? null : time.attr("datetime");
        }
        String source = meta(d, "meta[property=og:site_name]");
        return new Article(url, text, ArticleReader.lenientDate(published), source != null ? source : fallbackSource, url, "en",
                byline);
    }

    /** Who wrote the page: its author metadata, else a byline element; null when the page does not say. */
    static String byline(Document d) {
        String m = meta(d, "meta[name=author], meta[property=article:author], meta[name=byl]");
        if (m == null || m.startsWith("http")) { // article:author is often a profile URL
            Element e = d.selectFirst("[itemprop=author], [rel=author], .byline, .author");
            m = e == null ? null : e.text();
        }
        if (m == null || m.isBlank()) {
            return null;
        }
        String b = oneLine(m).replaceFirst("(?i)^by\\s+", "");
        return b.length() > 200 ? b.substring(0, 200) : b;
    }

    /** The element holding the most paragraph text: the article body, whatever the site calls it. */
    static Element mainBlock(Document d) {
        Element tagged = d.selectFirst("article, [itemprop=articleBody], main");
        List<Element> candidates = new ArrayList<>();
        if (tagged != null) {
            candidates.add(tagged);
        }
        for (Element p : d.select("p")) {
            if (p.parent() != null) {
                candidates.add(p.parent());
            }
        }
        return candidates.stream().max(Comparator.comparingInt(Web::paragraphText)).orElse(d.body());
    }

    private static int paragraphText(Element e) {
        return e.select("> p, > div > p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static String meta(Document d, String css) {
        Element m = d.selectFirst(css);
        return m == null || m.attr("content").isBlank() ? null : m.attr("content");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** A feed's link made absolute; a malformed one is kept as written, for the fetch to report. */
    private static String resolve(String feed, String link) {
        try {
            return URI.create(feed).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    public static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
