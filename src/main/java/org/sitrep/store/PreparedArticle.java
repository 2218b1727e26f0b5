package org.sitrep.store;

import org.sitrep.fuse.Fusion;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What storing an article needs that depends on it alone, made before the writer's turn: its hash,
 * key and title, and each event's report.
 */
record PreparedArticle(Article article, String hash, String key, String title, List<Report> reports) {
    /** Batches from which storing prepares its records on every core (`sitrep bench store`: the JSON is a tenth of the work). */
    private static final int PARALLEL_PREPARE_FROM = 16;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** One report with its stored record, and what its incident's row holds while it is the only report. */
    record Report(Event event, String key, String record, Event single, String search, String actors,
                  String sources, int corroboration, boolean party, long signature) {
    }

    static List<PreparedArticle> prepareAll(List<JdbcEventStore.Batch> batches) {
        return (batches.size() >= PARALLEL_PREPARE_FROM ? batches.parallelStream() : batches.stream())
                .map(PreparedArticle::prepare).toList();
    }

    private static PreparedArticle prepare(JdbcEventStore.Batch b) {
        Article a = b.article();
        String hash = contentHash(a.text());
        String key = a.url() != null && !a.url().isBlank() ? a.url() : "sha256:" + hash;
        return prepare(a, b.events(), hash, key);
    }

    /**
     * The same article under another key: a page re-published under a URL already stored is a new version
     * with a key of its own, and its reports' keys follow from it (the old version's stay as they are).
     */
    PreparedArticle withKey(String newKey) {
        return prepare(article, reports.stream().map(Report::event).toList(), hash, newKey);
    }

    private static PreparedArticle prepare(Article a, List<Event> events, String hash, String key) {
        List<Report> reports = new ArrayList<>(events.size());
        for (Event e : events) {
            String rk = reportKey(key, a.published(), e);
            Event single = Fusion.fuse(rk, List.of(e));
            reports.add(new Report(e, rk, EventRecords.toStoredJson(e).toString(), single,
                    RecordCodec.searchText(List.of(e)), RecordCodec.actorNames(single), RecordCodec.sourceNames(single),
                    Fusion.corroboration(List.of(e)), Fusion.fromParty(e), Fusion.actorSignature(e)));
        }
        return new PreparedArticle(a, hash, key, firstLine(a.text()), reports);
    }

    /** The hash of an article's text with its white space folded: the same text is one article. */
    static String contentHash(String text) {
        String normal = SPACES.matcher(text.strip()).replaceAll(" ");
        return HexFormat.of().formatHex(sha256().digest(normal.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A report's key, and the key of the incident it founds: the article's publication day, then a hash
     * of the article and the event's id. Stable across runs and stores; the day in front keeps the unique
     * key index's inserts together, since articles arrive in about the order they were published (the
     * events they tell of need not: an article may recount an old attack), where a bare hash dirtied a
     * random leaf page of the index for every event (`sitrep bench store`).
     */
    private static String reportKey(String articleKey, LocalDate published, Event e) {
        byte[] h = sha256().digest((articleKey + "|" + e.eventId()).getBytes(StandardCharsets.UTF_8));
        String day = published == null ? "undated" : published.toString().replace("-", "");
        return day + "-" + HexFormat.of().formatHex(h, 0, 6);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
