package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.fuse.Fusion;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The store on JDBC: embedded SQLite (WAL, FTS5, R*Tree) or PostgreSQL, one column schema. Every
 * article is stored with its events in one transaction, so a crash or a full disk never leaves half an
 * article; a batch commits every article it holds at once. One writer per store at a time.
 */
public final class JdbcEventStore implements EventStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection c;
    /** Prepared once per store: storing runs the same dozen statements for every event. */
    private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();
    private final Dialect dialect;
    private final String name;
    private final Clock clock;
    /** What indexes coordinates: the R*Tree, PostGIS, or plain B-trees. */
    private final String spatial;
    private final boolean postgis;
    // Rows of the batch being stored, written in bulk before the commit (or before a fusion reads them).
    private final RowBuffer eventRows = new RowBuffer("INSERT INTO events (id, event_key, event_date, event_type,"
            + " sub_event_type, country, admin1, admin2, latitude, longitude, actors, sources, certainty, fatalities, injuries,"
            + " captured, corroboration, notes, search_text, record) VALUES ", 20);
    private final RowBuffer reportRows = new RowBuffer("INSERT INTO reports (report_key, article_ref, event_ref, party,"
            + " event_date, event_type, latitude, longitude, record) VALUES ", 9);
    /** Day numbers spanned by an undated event in the R*Tree: every date range then holds it. */
    private static final double NO_DAY_MIN = -1e6, NO_DAY_MAX = 1e6;
    /**
     * The side indexes of the incidents and articles a flush wrote, filled from their rows inside SQLite:
     * handing the same texts and numbers over JNI a second time cost more than the index inserts (StoreBench).
     */
    private static final String RTREE_FROM_ROWS = "INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon,"
            + " min_day, max_day) SELECT id, latitude, latitude, longitude, longitude,"
            + " coalesce(julianday(event_date) - 2440587.5, " + NO_DAY_MIN + "),"
            + " coalesce(julianday(event_date) - 2440587.5, " + NO_DAY_MAX + ")"
            + " FROM events WHERE id BETWEEN ? AND ? AND latitude IS NOT NULL";
    private static final String EVENT_FTS_FROM_ROWS = "INSERT INTO events_fts (rowid, notes, text)"
            + " SELECT id, notes, search_text FROM events WHERE id BETWEEN ? AND ?";
    private static final String ARTICLE_FTS_FROM_ROWS = "INSERT INTO articles_fts (rowid, title, text)"
            + " SELECT id, coalesce(title, ''), text FROM articles WHERE id BETWEEN ? AND ?";
    /** Ids of the incidents and the articles written since the last flush (-1: none); each a contiguous run. */
    private long newEventsFrom = -1, newEventsTo = -1, newArticlesFrom = -1, newArticlesTo = -1;
    /**
     * Incidents created in the batch and not yet written, by event type and day: fusion looks here as
     * well as in the database, and a bulk batch holds thousands (a list scanned per event was a quarter
     * of the bulk insert time, StoreBench).
     */
    private final Map<Long, List<Pending>> batchNew = new java.util.HashMap<>();

    private record Pending(long id, Event event, long articleRef, long actors) {
    }

    private static long dayKey(Event e, long day) {
        return ((long) e.eventType().family().ordinal() << 40) ^ day;
    }

    /**
     * The record column of an incident told by a single report is empty: its record is the report's
     * (under the incident's id), stored once. Every read of a record goes through this expression.
     */
    private static final String RECORD = "CASE WHEN e.record = '' THEN (SELECT r.record FROM reports r"
            + " WHERE r.event_ref = e.id ORDER BY r.id LIMIT 1) ELSE e.record END";
    private long nextEventId;
    /** Where stored incidents are: fusion's first look. */
    private final NeighbourIndex neighbours = new NeighbourIndex();
    /**
     * SQLite's data_version, or PostgreSQL's count of write transactions, when this store last wrote:
     * another connection's commit changes it.
     */
    private long dataVersion = Long.MIN_VALUE;

    private JdbcEventStore(Connection c, Dialect dialect, String name, Clock clock, String spatial) throws SQLException {
        this.c = c;
        this.spatial = spatial;
        this.postgis = spatial.equals(Schema.POSTGIS);
        this.dialect = dialect;
        this.name = name;
        this.clock = clock;
        readNextId();
    }

    /** Writes the buffered rows, which fusion reads back; the side indexes wait for {@link #flush}. */
    private void flushRows() throws SQLException {
        eventRows.flush(c);
        reportRows.flush(c);
        for (List<Pending> day : batchNew.values()) {
            for (Pending p : day) {
                placed(p.id(), p.event(), p.actors());
            }
        }
        batchNew.clear();
    }

    /**
     * Writes everything buffered, then fills the R*Tree and the text indexes of the batch's new rows
     * once (nothing reads them inside the transaction); the caller commits.
     */
    private void flush() throws SQLException {
        flushRows();
        if (dialect == Dialect.SQLITE) {
            if (newEventsFrom >= 0) {
                fillFromRows(RTREE_FROM_ROWS, newEventsFrom, newEventsTo);
                fillFromRows(EVENT_FTS_FROM_ROWS, newEventsFrom, newEventsTo);
            }
            if (newArticlesFrom >= 0) {
                fillFromRows(ARTICLE_FTS_FROM_ROWS, newArticlesFrom, newArticlesTo);
            }
        } else {
            try (Statement st = c.createStatement()) {
                // ids are assigned here (one writer): keep the sequence ahead of them for any other insert
                st.execute("SELECT setval(pg_get_serial_sequence('events', 'id'), greatest(" + (nextEventId - 1)
                        + ", (SELECT coalesce(max(id), 1) FROM events)))");
            }
        }
        newEventsFrom = newEventsTo = newArticlesFrom = newArticlesTo = -1;
    }

    private void fillFromRows(String sql, long from, long to) throws SQLException {
        try (PreparedStatement ps = ps(sql)) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            ps.executeUpdate();
        }
    }

    /** After a failed transaction: drop the batch and every prepared statement, which the driver may have reset. */
    private void discard() {
        newEventsFrom = newEventsTo = newArticlesFrom = newArticlesTo = -1;
        for (RowBuffer b : new RowBuffer[] {eventRows, reportRows}) {
            b.clear();
            try {
                b.close();
            } catch (SQLException ignored) {
                // a statement the failure already finalised
            }
        }
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // as above
            }
        }
        statements.clear();
        batchNew.clear();
        neighbours.clear();
    }

    /** {@code jdbc:postgresql://...}, {@code jdbc:sqlite:PATH}, or a plain path to a SQLite file. */
    public static JdbcEventStore open(String target, Clock clock) {
        if (target.startsWith("jdbc:postgresql:")) {
            try {
                Connection c = DriverManager.getConnection(target);
                Schema.migrate(c, Dialect.POSTGRES, redact(target));
                String spatial = Schema.postgis(c);
                return new JdbcEventStore(c, Dialect.POSTGRES, redact(target), clock, spatial);
            } catch (SQLException e) {
                throw new StoreException("cannot open PostgreSQL store " + redact(target) + ": " + oneLine(e), e);
            }
        }
        Path file = Path.of(target.startsWith("jdbc:sqlite:") ? target.substring("jdbc:sqlite:".length()) : target);
        checkSqliteFile(file);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            java.util.Properties props = new java.util.Properties();
            // a write transaction takes the lock when it begins, so that what it reads first is still true
            // when it writes (two processes may share a store)
            props.setProperty("transaction_mode", "IMMEDIATE");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
            Schema.check(c, Dialect.SQLITE, file.toString()); // before any pragma writes to the file
            try (Statement st = c.createStatement()) {
                // takes effect on a new file only: 8 KiB pages hold several records each and halve the
                // pages a commit writes (StoreBench: 21,600 against 19,600 events/s with 4 KiB)
                st.execute("PRAGMA page_size=8192");
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL"); // WAL + NORMAL: a killed process loses no commit
                st.execute("PRAGMA foreign_keys=ON");
                st.execute("PRAGMA busy_timeout=10000");
                // a bigger page cache and rarer checkpoints: bulk loads stop paying for page reads (StoreBench)
                st.execute("PRAGMA cache_size=-262144");
                st.execute("PRAGMA mmap_size=4294967296");
                st.execute("PRAGMA wal_autocheckpoint=20000");
                st.execute("PRAGMA temp_store=MEMORY");
            }
            Schema.migrate(c, Dialect.SQLITE, file.toString());
            return new JdbcEventStore(c, Dialect.SQLITE, file.toString(), clock,
                    "R*Tree over latitude, longitude and day");
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + file + ": " + oneLine(e), e);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file that is not SQLite is never opened as a store, let alone overwritten. */
    private static void checkSqliteFile(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            if (Files.isDirectory(file)) {
                throw new StoreException(file + " is a directory, not a Sitrep store");
            }
            byte[] head = new byte[SQLITE_MAGIC.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !java.util.Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(file + " is not a SQLite database, so not a Sitrep store; left untouched");
            }
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String oneLine(Exception e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    }

    /**
     * A cached statement behind a view whose close() does nothing, so that the try-with-resources of
     * the callers stays as it is while the statement lives as long as the store.
     */
    private PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            statements.put(sql, p);
        }
        PreparedStatement target = p;
        return (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close")) {
                        target.clearParameters();
                        return null;
                    }
                    try {
                        return m.invoke(target, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Caps the SQLite file at {@code pages} pages: what a full disk looks like to the store. Tests use it
     * to prove that a full disk leaves no half-stored article.
     */
    void capPages(int pages) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA max_page_count=" + pages);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** What this store indexes coordinates with (PostgreSQL uses PostGIS when the server has it). */
    public String spatialIndex() {
        return spatial;
    }

    public static String contentHash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String normal = SPACES.matcher(text.strip()).replaceAll(" ");
            return HexFormat.of().formatHex(md.digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * A report's key, and the key of the incident it founds: the article's publication day, then a hash
     * of the article and the event's id. Stable across runs and stores; the day in front keeps the unique
     * key index's inserts together, since articles arrive in about the order they were published (the
     * events they tell of need not: an article may recount an old attack), where a bare hash dirtied a
     * random leaf page of the index for every event (StoreBench).
     */
    private static String reportKey(String articleKey, LocalDate published, Event e) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((articleKey + "|" + e.eventId())
                    .getBytes(StandardCharsets.UTF_8));
            String day = published == null ? "undated" : published.toString().replace("-", "");
            return day + "-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", x);
        }
    }

    /** One article and its extracted events. */
    public record Batch(Article article, List<Event> events) {
    }

    @Override
    public Outcome store(Article article, List<Event> events) {
        return storeAll(List.of(new Batch(article, events))).get(0);
    }

    /** Stores many articles in one transaction (bulk loads); each article is still all-or-nothing. */
    public synchronized List<Outcome> storeAll(List<Batch> batches) {
        try {
            c.setAutoCommit(false);
            begin();
            List<Outcome> out = new ArrayList<>();
            List<Prepared> prepared = (batches.size() >= PARALLEL_PREPARE_FROM ? batches.parallelStream() : batches.stream())
                    .map(JdbcEventStore::prepare).toList();
            for (Prepared p : prepared) {
                out.add(storeOne(p));
            }
            flush();
            c.commit();
            return out;
        } catch (SQLException e) {
            rollback();
            discard();
            dataVersion = Long.MIN_VALUE; // the next transaction reads the ids and the neighbours afresh
            String what = batches.size() == 1 ? "article " + batches.get(0).article().id() : batches.size() + " articles";
            if (String.valueOf(e.getMessage()).contains("SQLITE_FULL") || "53100".equals(e.getSQLState())) {
                throw new StoreException("disk full while storing " + what + " in " + name + "; none of it was stored", e);
            }
            throw new StoreException("cannot store " + what + " in " + name + ": " + oneLine(e), e);
        } catch (RuntimeException e) {
            rollback(); // never let autoCommit(true) below commit half a batch
            discard();
            dataVersion = Long.MIN_VALUE; // the next transaction reads the ids and the neighbours afresh
            throw e;
        } finally {
            autoCommit();
        }
    }

    /** Any number for PostgreSQL's advisory lock that serialises Sitrep's writers on one database. */
    private static final long WRITER_LOCK = 0x5172e9L;

    /**
     * The start of a write transaction, which holds the store's write lock (SQLite transactions begin
     * IMMEDIATE; PostgreSQL takes an advisory lock): another process may have written since this store
     * last did, so the next event id is read again and the neighbour index dropped when it may be stale.
     */
    private void begin() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                rs.next();
                long v = rs.getLong(1);
                if (v == dataVersion) {
                    return; // nobody else wrote: what this store holds is current
                }
                neighbours.clear();
                dataVersion = v;
            }
        } else {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK + ")");
            }
            // PostgreSQL has no data_version: the writers count their transactions in sitrep_meta instead
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("INSERT INTO sitrep_meta (key, value)"
                    + " VALUES ('write_transactions', '1') ON CONFLICT (key) DO UPDATE"
                    + " SET value = (sitrep_meta.value::bigint + 1)::text RETURNING value")) {
                rs.next();
                long v = Long.parseLong(rs.getString(1));
                boolean mine = v - 1 == dataVersion;
                dataVersion = v;
                if (mine) {
                    return;
                }
                neighbours.clear();
            }
        }
        readNextId();
    }

    private void readNextId() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM events")) {
            rs.next();
            nextEventId = rs.getLong(1) + 1;
        }
    }

    private void rollback() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the database discards the open transaction itself
        }
    }

    private void autoCommit() {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above: nothing is pending on a connection that cannot switch modes
        }
    }

    /** Batches from which storing prepares its records on every core (StoreBench: the JSON is a tenth of the work). */
    private static final int PARALLEL_PREPARE_FROM = 16;

    /** What storing an article needs that depends on it alone, made before the writer's turn. */
    private record Prepared(Article article, String hash, String key, String title, List<Report> reports) {
    }

    /** One report with its stored record, and what its incident's row holds while it is the only report. */
    private record Report(Event event, String key, String record, Event single, String search, String actors,
                          String sources, int corroboration, boolean party, long signature) {
    }

    private static Prepared prepare(Batch b) {
        Article a = b.article();
        String hash = contentHash(a.text());
        String key = a.url() != null && !a.url().isBlank() ? a.url() : "sha256:" + hash;
        List<Report> reports = new ArrayList<>(b.events().size());
        for (Event e : b.events()) {
            String rk = reportKey(key, a.published(), e);
            Event single = Fusion.fuse(rk, List.of(e));
            reports.add(new Report(e, rk, EventRecords.toStoredJson(e).toString(), single,
                    e.evidence().stream().map(Span::text).distinct().collect(Collectors.joining(" ")), actorNames(single),
                    single.sources().stream().map(Source::name).collect(Collectors.joining("; ")),
                    Fusion.corroboration(List.of(e)), Fusion.fromParty(e), Fusion.actorSignature(e)));
        }
        return new Prepared(a, hash, key, firstLine(a.text()), reports);
    }

    private Outcome storeOne(Prepared p) throws SQLException {
        Article a = p.article();
        String hash = p.hash(), key = p.key();
        if (seenTx(a.url(), hash, key)) {
            return new Outcome(true, 0, 0, 0);
        }
        long articleRef;
        try (PreparedStatement ps = ps("INSERT INTO articles (article_key, content_hash, article_id, title,"
                + " source, url, published, language, ingested_at, text, byline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, key);
            ps.setString(2, hash);
            ps.setString(3, a.id());
            ps.setString(4, p.title());
            ps.setString(5, a.source());
            ps.setString(6, a.url());
            ps.setString(7, a.published() == null ? null : a.published().toString());
            ps.setString(8, a.language());
            ps.setString(9, clock.instant().toString());
            ps.setString(10, a.text());
            ps.setString(11, a.byline());
            articleRef = returnedId(ps);
        }
        if (dialect == Dialect.SQLITE) {
            newArticlesFrom = newArticlesFrom < 0 ? articleRef : newArticlesFrom;
            newArticlesTo = articleRef;
        }
        int created = 0, fused = 0;
        for (Report r : p.reports()) {
            Event e = r.event();
            String rk = r.key();
            Long target = candidate(e, articleRef, r.signature());
            long eventRef;
            if (target == null) {
                eventRef = nextEventId++;
                created++;
            } else {
                eventRef = target;
                fused++;
            }
            reportRows.add(rk, articleRef, eventRef, r.party() ? 1 : 0,
                    e.date() == null ? null : e.date().toString(), e.eventType().label(),
                    e.place() == null ? null : e.place().latitude(), e.place() == null ? null : e.place().longitude(),
                    r.record());
            if (target == null) {
                // a new incident: its one report is its record, under the incident's id
                bufferNew(eventRef, r, articleRef);
            } else {
                flushRows(); // fusing reads the incident's reports back, this one too: what is buffered is written first
                refresh(eventRef);
            }
        }
        return new Outcome(false, p.reports().size(), created, fused);
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("insert returned no id");
            }
            return rs.getLong(1);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private boolean seenTx(String url, String hash, String key) throws SQLException {
        try (PreparedStatement ps = ps(
                "SELECT 1 FROM articles WHERE content_hash = ? OR article_key = ? OR (url IS NOT NULL AND url = ?) LIMIT 1")) {
            ps.setString(1, hash);
            ps.setString(2, key);
            ps.setString(3, url == null ? "" : url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public synchronized boolean seen(String url, String contentHash) {
        try {
            return seenTx(url, contentHash == null ? "" : contentHash, url == null ? "" : url);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + name + ": " + oneLine(e), e);
        }
    }

    /** The stored incident this report describes too, if any: the nearest one Fusion accepts. */
    private Long candidate(Event e, long articleRef, long actors) throws SQLException {
        if (e.date() == null || e.place() == null || e.place().precision() == 3) {
            return null;
        }
        double dLat = Fusion.SAME_PLACE_KM / 111.0;
        double dLon = dLat / Math.max(0.2, Math.cos(Math.toRadians(e.place().latitude())));
        String filter = " AND e.event_type IN (?, ?, ?) AND e.event_date BETWEEN ? AND ? AND e.pinned = 0";
        Long best = null;
        double bestKm = Double.MAX_VALUE;
        for (long day = e.date().toEpochDay() - Fusion.DAY_SLACK; day <= e.date().toEpochDay() + Fusion.DAY_SLACK; day++) {
            for (Pending n : batchNew.getOrDefault(dayKey(e, day), List.of())) {
                Event stored = n.event();
                if (n.articleRef() != articleRef && Fusion.sameIncident(stored, e)) {
                    double km = org.sitrep.geo.Distance.km(stored.place().latitude(), stored.place().longitude(),
                            e.place().latitude(), e.place().longitude());
                    if (km < bestKm) {
                        bestKm = km;
                        best = n.id();
                    }
                }
            }
        }
        List<Object[]> found = new ArrayList<>();
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>();
        int district = NeighbourIndex.district(e.place().admin2(), e.place().country());
        for (long day = e.date().toEpochDay() - Fusion.DAY_SLACK; day <= e.date().toEpochDay() + Fusion.DAY_SLACK; day++) {
            neighbours.search(day, e.eventType().family().ordinal(), e.place().latitude(), e.place().longitude(), dLat, dLon,
                    district, actors, this::loadDay, ids::add);
        }
        for (long id : ids) { // the database has the last word: type, dates and pinning as they are now
            try (PreparedStatement ps = ps("SELECT e.id, " + RECORD + ", e.event_key FROM events e WHERE e.id = ?" + filter)) {
                ps.setLong(1, id);
                bindFilter(ps, 2, e);
                collect(ps, found);
            }
        }
        for (Object[] f : found) {
            Event stored = (Event) f[1];
            if (!Fusion.sameIncident(stored, e) || hasReportFrom((Long) f[0], articleRef)) {
                continue;
            }
            double km = org.sitrep.geo.Distance.km(stored.place().latitude(), stored.place().longitude(),
                    e.place().latitude(), e.place().longitude());
            if (km < bestKm) {
                bestKm = km;
                best = (Long) f[0];
            }
        }
        return best;
    }

    /** Fills {@code into} with the incidents the database holds for one day (the neighbour index's loader). */
    private void loadDay(long epochDay, NeighbourIndex.Day into) throws SQLException {
        try (PreparedStatement ps = ps("SELECT id, event_type, latitude, longitude, admin2, country FROM events"
                + " WHERE event_date = ? AND pinned = 0 AND latitude IS NOT NULL")) {
            ps.setString(1, LocalDate.ofEpochDay(epochDay).toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.add(rs.getLong(1), EventType.fromLabel(rs.getString(2)).family().ordinal(), rs.getDouble(3),
                            rs.getDouble(4), NeighbourIndex.district(rs.getString(5), rs.getString(6)),
                            0); // actors unknown: always looked up
                }
            }
        }
    }

    /** Tells the neighbour index where an incident this store wrote now is. */
    private void placed(long id, Event f, long actors) {
        if (f.date() != null && f.place() != null) {
            neighbours.added(f.date().toEpochDay(), id, f.eventType().family().ordinal(), f.place().latitude(), f.place().longitude(),
                    NeighbourIndex.district(f.place().admin2(), f.place().country()), actors);
        }
    }

    /** Binds fusion's filter: the type, the days around the report's, and not pinned by a split. */
    private void bindFilter(PreparedStatement ps, int from, Event e) throws SQLException {
        List<EventType> family = EventType.of(e.eventType().family()); // one to three types; the IN takes three
        for (int i = 0; i < 3; i++) {
            ps.setString(from + i, family.get(Math.min(i, family.size() - 1)).label());
        }
        ps.setString(from + 3, e.date().minusDays(Fusion.DAY_SLACK).toString());
        ps.setString(from + 4, e.date().plusDays(Fusion.DAY_SLACK).toString());
    }

    private static void collect(PreparedStatement ps, List<Object[]> out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Object[] {rs.getLong(1), parse(rs.getString(2), rs.getString(3))});
            }
        }
    }

    /** One article's events are separate incidents by construction: never fuse two of them. */
    private boolean hasReportFrom(long eventRef, long articleRef) throws SQLException {
        try (PreparedStatement ps = ps("SELECT 1 FROM reports WHERE event_ref = ? AND article_ref = ? LIMIT 1")) {
            ps.setLong(1, eventRef);
            ps.setLong(2, articleRef);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long insertEvent(String key, Event e) throws SQLException {
        long id = nextEventId++;
        try (PreparedStatement ps = ps("INSERT INTO events (id, event_key, event_date, event_type, sub_event_type,"
                + " actors, sources, certainty, fatalities, corroboration, notes, search_text, record)"
                + " VALUES (?, ?, ?, ?, ?, '', '', ?, 0, 1, '', '', '{}')")) {
            ps.setLong(1, id);
            ps.setString(2, key);
            ps.setString(3, e.date() == null ? null : e.date().toString());
            ps.setString(4, e.eventType().label());
            ps.setString(5, e.subEventType().label());
            ps.setString(6, e.certainty().label());
            ps.executeUpdate();
        }
        return id;
    }

    private void bufferNew(long id, Report r, long articleRef) {
        Event e = r.event(), f = r.single();
        String search = r.search();
        Double lat = f.place() == null ? null : f.place().latitude(), lon = f.place() == null ? null : f.place().longitude();
        eventRows.add(id, r.key(), f.date() == null ? null : f.date().toString(), f.eventType().label(),
                f.subEventType().label(), f.place() == null ? "" : f.place().country(),
                f.place() == null ? "" : f.place().admin1(), f.place() == null ? "" : f.place().admin2(), lat, lon,
                r.actors(), r.sources(), f.certainty().label(), f.casualties().fatalities(), f.casualties().injuries(),
                f.casualties().captured(), r.corroboration(), f.notes(), search, ""); // the record is its report's (RECORD)
        newEventsFrom = newEventsFrom < 0 ? id : newEventsFrom; // the R*Tree and text index follow at the flush
        newEventsTo = id;
        if (e.date() != null) {
            batchNew.computeIfAbsent(dayKey(e, e.date().toEpochDay()), k -> new ArrayList<>()).add(new Pending(id, e, articleRef, r.signature()));
        }
    }

    private static double[] days(LocalDate d) {
        return d == null ? new double[] {NO_DAY_MIN, NO_DAY_MAX} : new double[] {d.toEpochDay(), d.toEpochDay()};
    }

    /** Recomputes an incident's fused record from all its reports. */
    private void refresh(long eventRef) throws SQLException {
        String key;
        try (PreparedStatement ps = ps("SELECT event_key FROM events WHERE id = ?")) {
            ps.setLong(1, eventRef);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                key = rs.getString(1);
            }
        }
        List<Event> reports = new ArrayList<>();
        try (PreparedStatement ps = ps("SELECT record FROM reports WHERE event_ref = ? ORDER BY id")) {
            ps.setLong(1, eventRef);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.add(parse(rs.getString(1)));
                }
            }
        }
        write(eventRef, key, reports, true);
    }

    /** Writes an incident's fused record and its index entries; {@code replace} clears the old ones first. */
    private void write(long eventRef, String key, List<Event> reports, boolean replace) throws SQLException {
        Event f = Fusion.fuse(key, reports);
        String search = reports.stream().flatMap(r -> r.evidence().stream()).map(Span::text).distinct()
                .collect(Collectors.joining(" "));
        try (PreparedStatement ps = ps("UPDATE events SET event_date = ?, event_type = ?, sub_event_type = ?,"
                + " country = ?, admin1 = ?, admin2 = ?, latitude = ?, longitude = ?, actors = ?, sources = ?, certainty = ?,"
                + " fatalities = ?, injuries = ?, captured = ?, corroboration = ?, notes = ?, search_text = ?, record = ?"
                + " WHERE id = ?")) {
            ps.setString(1, f.date() == null ? null : f.date().toString());
            ps.setString(2, f.eventType().label());
            ps.setString(3, f.subEventType().label());
            ps.setString(4, f.place() == null ? "" : f.place().country());
            ps.setString(5, f.place() == null ? "" : f.place().admin1());
            ps.setString(6, f.place() == null ? "" : f.place().admin2());
            setDouble(ps, 7, f.place() == null ? null : f.place().latitude());
            setDouble(ps, 8, f.place() == null ? null : f.place().longitude());
            ps.setString(9, actorNames(f));
            ps.setString(10, f.sources().stream().map(Source::name).collect(Collectors.joining("; ")));
            ps.setString(11, f.certainty().label());
            ps.setInt(12, f.casualties().fatalities());
            setInt(ps, 13, f.casualties().injuries());
            setInt(ps, 14, f.casualties().captured());
            ps.setInt(15, Fusion.corroboration(reports));
            ps.setString(16, f.notes());
            ps.setString(17, search);
            ps.setString(18, EventRecords.toStoredJson(f).toString());
            ps.setLong(19, eventRef);
            ps.executeUpdate();
        }
        placed(eventRef, f, Fusion.actorSignature(f));
        // an incident this batch created gets its R*Tree and text entries from its row at the flush
        boolean filledAtFlush = newEventsFrom >= 0 && eventRef >= newEventsFrom;
        if (dialect == Dialect.SQLITE && !filledAtFlush) {
            if (replace) {
                try (PreparedStatement del = ps("DELETE FROM events_rtree WHERE id = ?");
                     PreparedStatement delText = ps("DELETE FROM events_fts WHERE rowid = ?")) {
                    del.setLong(1, eventRef);
                    del.executeUpdate();
                    delText.setLong(1, eventRef);
                    delText.executeUpdate();
                }
            }
            if (f.place() != null) {
                try (PreparedStatement ps = ps("INSERT INTO events_rtree VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    double[] days = days(f.date());
                    ps.setLong(1, eventRef);
                    ps.setDouble(2, f.place().latitude());
                    ps.setDouble(3, f.place().latitude());
                    ps.setDouble(4, f.place().longitude());
                    ps.setDouble(5, f.place().longitude());
                    ps.setDouble(6, days[0]);
                    ps.setDouble(7, days[1]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = ps("INSERT INTO events_fts (rowid, notes, text) VALUES (?, ?, ?)")) {
                ps.setLong(1, eventRef);
                ps.setString(2, f.notes());
                ps.setString(3, search);
                ps.executeUpdate();
            }
        }
    }

    private static String actorNames(Event e) {
        List<String> names = new ArrayList<>();
        for (Actor a : new Actor[] {e.actor1(), e.actor2()}) {
            if (a != null) {
                names.add(a.name());
            }
        }
        e.assoc1().forEach(a -> names.add(a.name()));
        e.assoc2().forEach(a -> names.add(a.name()));
        return String.join("; ", names);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static Event parse(String record) {
        return parse(record, null);
    }

    /** A stored record; {@code eventKey} names the incident when the record is its single report's. */
    private static Event parse(String record, String eventKey) {
        try {
            var tree = JSON.readTree(record);
            if (eventKey != null && tree instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                o.put("event_id", eventKey);
            }
            return EventRecords.fromStoredJson(tree);
        } catch (IOException e) {
            throw new StoreException("a stored event record is not JSON: " + e.getMessage(), e);
        }
    }

    /** WHERE clause and its parameters for a query. */
    private record Where(String sql, List<Object> params) {
    }

    private Where where(EventQuery q) {
        StringBuilder sb = new StringBuilder(" WHERE 1 = 1");
        List<Object> p = new ArrayList<>();
        if (q.from() != null) {
            sb.append(" AND e.event_date >= ?");
            p.add(q.from().toString());
        }
        if (q.to() != null) {
            sb.append(" AND e.event_date <= ?");
            p.add(q.to().toString());
        }
        if (q.bbox() != null) {
            double[] b = q.bbox();
            if (dialect == Dialect.SQLITE) {
                sb.append(" AND e.id IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ?"
                        + " AND max_lat <= ? AND max_day >= ? AND min_day <= ?)");
            } else if (postgis) {
                sb.append(" AND e." + Schema.GEOMETRY + " && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
                p.addAll(List.of(b[0], b[1], b[2], b[3]));
            } else {
                sb.append(" AND e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?");
            }
            if (!postgis) {
                p.add(b[0]);
                p.add(b[2]);
                p.add(b[1]);
                p.add(b[3]);
            }
            if (dialect == Dialect.SQLITE) { // the dates narrow the R*Tree search too
                p.add(q.from() == null ? NO_DAY_MIN : (double) q.from().toEpochDay());
                p.add(q.to() == null ? NO_DAY_MAX : (double) q.to().toEpochDay());
            }
        }
        if (q.country() != null) {
            sb.append(" AND lower(e.country) = lower(?)");
            p.add(q.country());
        }
        if (q.admin1() != null) {
            sb.append(" AND lower(e.admin1) = lower(?)");
            p.add(q.admin1());
        }
        if (q.type() != null) {
            sb.append(" AND e.event_type = ?");
            p.add(q.type().label());
        }
        if (q.actor() != null) {
            sb.append(" AND lower(e.actors) LIKE ?");
            p.add("%" + q.actor().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (q.source() != null) {
            sb.append(" AND lower(e.sources) LIKE ?");
            p.add("%" + q.source().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (q.certainty() != null) {
            sb.append(" AND e.certainty = ?");
            p.add(q.certainty().label());
        }
        if (q.text() != null && !q.text().isBlank()) {
            if (dialect == Dialect.SQLITE) {
                // the event's notes and evidence, or the text of any article that reports it
                sb.append(" AND (e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) OR e.id IN"
                        + " (SELECT r.event_ref FROM reports r WHERE r.article_ref IN"
                        + " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))");
                p.add(ftsQuery(q.text()));
                p.add(ftsQuery(q.text()));
            } else {
                sb.append(" AND (to_tsvector('english', e.notes || ' ' || e.search_text) @@ plainto_tsquery('english', ?)"
                        + " OR e.id IN (SELECT r.event_ref FROM reports r JOIN articles a ON a.id = r.article_ref"
                        + " WHERE to_tsvector('english', a.text) @@ plainto_tsquery('english', ?)))");
                p.add(q.text());
                p.add(q.text());
            }
        }
        return new Where(sb.toString(), p);
    }

    /** User words as FTS5 phrases, so that no character of the query is FTS syntax. */
    static String ftsQuery(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" "));
    }

    private static void bind(PreparedStatement ps, List<Object> params, int from) throws SQLException {
        int i = from;
        for (Object o : params) {
            if (o instanceof Double d) {
                ps.setDouble(i++, d);
            } else {
                ps.setString(i++, (String) o);
            }
        }
    }

    @Override
    public synchronized List<StoredEvent> events(EventQuery q) {
        Where w = where(q);
        String sql = "SELECT e.id, e.event_key, " + RECORD + ", e.corroboration, e.pinned FROM events e" + w.sql()
                + " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w.params(), 1);
            ps.setInt(w.params().size() + 1, q.limit());
            ps.setInt(w.params().size() + 2, q.offset());
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {rs.getString(2), parse(rs.getString(3), rs.getString(2)), rs.getInt(4), rs.getInt(5)});
                }
            }
            Map<Long, List<StoredEvent.Report>> reports = reports(rows.keySet());
            List<StoredEvent> out = new ArrayList<>();
            for (var en : rows.entrySet()) {
                Object[] r = en.getValue();
                out.add(new StoredEvent((String) r[0], (Event) r[1], reports.getOrDefault(en.getKey(), List.of()),
                        (Integer) r[2], (Integer) r[3] != 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot query " + name + ": " + oneLine(e), e);
        }
    }

    private Map<Long, List<StoredEvent.Report>> reports(java.util.Collection<Long> eventRefs) throws SQLException {
        Map<Long, List<StoredEvent.Report>> out = new LinkedHashMap<>();
        if (eventRefs.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(eventRefs);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String in = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("SELECT r.event_ref, r.report_key, r.record, a.article_key, r.party"
                    + " FROM reports r JOIN articles a ON a.id = r.article_ref WHERE r.event_ref IN (" + in + ") ORDER BY r.id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredEvent.Report(
                                rs.getString(2), parse(rs.getString(3)), rs.getString(4), rs.getInt(5) != 0));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public synchronized List<MapPoint> mapPoints(EventQuery q) {
        Where w = where(q);
        String sql = "SELECT e.event_key, e.event_date, e.event_type, e.sub_event_type, e.latitude, e.longitude,"
                + " e.fatalities, e.corroboration FROM events e" + w.sql() + " AND e.latitude IS NOT NULL"
                + " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w.params(), 1);
            ps.setInt(w.params().size() + 1, q.limit());
            ps.setInt(w.params().size() + 2, q.offset());
            List<MapPoint> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MapPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot query " + name + ": " + oneLine(e), e);
        }
    }

    @Override
    public synchronized List<Count> counts(EventQuery q, Grouping by) {
        String column = switch (by) {
            case DAY -> "e.event_date";
            case TYPE -> "e.event_type";
            case ADMIN1 -> "e.admin1";
            case COUNTRY -> "e.country";
            case ACTORS -> "e.actors";
        };
        Where w = where(q);
        String sql = "SELECT " + column + ", count(*), sum(e.fatalities) FROM events e" + w.sql() + " GROUP BY " + column
                + " ORDER BY " + (by == Grouping.DAY ? column : "count(*) DESC");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w.params(), 1);
            List<Count> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + name + ": " + oneLine(e), e);
        }
    }

    @Override
    public synchronized Optional<StoredEvent> event(String id) {
        try {
            Long ref = eventRef(id);
            if (ref == null) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT e.event_key, " + RECORD
                    + ", e.corroboration, e.pinned FROM events e WHERE e.id = ?")) {
                ps.setLong(1, ref);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.of(new StoredEvent(rs.getString(1), parse(rs.getString(2), rs.getString(1)),
                            reports(List.of(ref)).getOrDefault(ref, List.of()), rs.getInt(3), rs.getInt(4) != 0));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + " from " + name + ": " + oneLine(e), e);
        }
    }

    private Long eventRef(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE event_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public synchronized List<StoredEvent> split(String id) {
        List<String> keys = new ArrayList<>(List.of(id));
        try {
            c.setAutoCommit(false);
            begin();
            Long ref = eventRef(id);
            if (ref == null) {
                throw new StoreException("no event " + id + " in " + name);
            }
            List<String[]> reps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, report_key, record FROM reports WHERE event_ref = ? ORDER BY id")) {
                ps.setLong(1, ref);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reps.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            for (int i = 1; i < reps.size(); i++) {
                long newRef = insertEvent(reps.get(i)[1], parse(reps.get(i)[2]));
                try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET event_ref = ? WHERE id = ?")) {
                    ps.setLong(1, newRef);
                    ps.setLong(2, Long.parseLong(reps.get(i)[0]));
                    ps.executeUpdate();
                }
                refresh(newRef);
                keys.add(reps.get(i)[1]);
            }
            refresh(ref);
            for (String[] r : reps) {
                try (PreparedStatement ps = c.prepareStatement(dialect == Dialect.SQLITE
                        ? "INSERT OR IGNORE INTO splits (report_key, created_at) VALUES (?, ?)"
                        : "INSERT INTO splits (report_key, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    ps.setString(1, r[1]);
                    ps.setString(2, clock.instant().toString());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET pinned = 1 WHERE event_key = ?")) {
                for (String k : keys) {
                    ps.setString(1, k);
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot split event " + id + " in " + name + ": " + oneLine(e), e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
        }
        List<StoredEvent> out = new ArrayList<>();
        for (String k : keys) {
            event(k).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public synchronized long[] counts() {
        try (Statement st = c.createStatement()) {
            long[] out = new long[3];
            String[] tables = {"articles", "reports", "events"};
            for (int i = 0; i < 3; i++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + tables[i])) {
                    rs.next();
                    out[i] = rs.getLong(1);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + name + ": " + oneLine(e), e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, text, published, source, url, language, byline FROM articles"
                + " WHERE article_key = ? OR article_id = ? ORDER BY id LIMIT 1")) {
            ps.setString(1, key);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String pub = rs.getString(3);
                return Optional.of(new Article(rs.getString(1), rs.getString(2), pub == null ? null : LocalDate.parse(pub),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + key + " from " + name + ": " + oneLine(e), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement p : statements.values()) {
                p.close();
            }
            for (RowBuffer b : new RowBuffer[] {eventRows, reportRows}) {
                b.close();
            }
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + name + ": " + oneLine(e), e);
        }
    }
}
