package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The queries: incidents with their reports, map points, counts, one incident, one article. */
final class EventReader {
    private final StoreConnection db;
    private final Backend backend;

    EventReader(StoreConnection db, Backend backend) {
        this.db = db;
        this.backend = backend;
    }

    /** Incidents handed over a page at a time while a query streams: constant memory, whatever the export's size. */
    static final int PAGE = 256;

    List<StoredEvent> events(EventQuery q) {
        List<StoredEvent> out = new ArrayList<>();
        forEach(q, true, out::add);
        return out;
    }

    /**
     * Every incident the query matches, newest first, handed to {@code each} as the rows come: the
     * database streams them, and reports are read {@value #PAGE} incidents at a time. Without
     * {@code withReports} the incidents come without their reports (and without {@code changed}).
     */
    void forEach(EventQuery q, boolean withReports, Consumer<StoredEvent> each) {
        Where w = Where.of(q, backend);
        String sql = "SELECT e.id, e.event_key, " + RecordCodec.RECORD + ", e.corroboration, e.pinned FROM events e"
                + w.sql() + " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setFetchSize(PAGE); // PostgreSQL streams with a cursor on a read connection (autocommit off)
            int next = w.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            Map<Long, Object[]> page = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.put(rs.getLong(1), new Object[] {rs.getString(2), RecordCodec.parse(rs.getString(3), rs.getString(2)),
                            rs.getInt(4), rs.getInt(5)});
                    if (page.size() == PAGE) {
                        emit(page, withReports, each);
                    }
                }
            }
            emit(page, withReports, each);
        } catch (SQLException e) {
            throw new StoreException("cannot query " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    private void emit(Map<Long, Object[]> page, boolean withReports, Consumer<StoredEvent> each) throws SQLException {
        Map<Long, Instant> changed = new HashMap<>();
        Map<Long, List<StoredEvent.Report>> reports = withReports ? reports(page.keySet(), changed) : Map.of();
        for (var en : page.entrySet()) {
            Object[] r = en.getValue();
            each.accept(new StoredEvent((String) r[0], (Event) r[1], reports.getOrDefault(en.getKey(), List.of()),
                    (Integer) r[2], (Integer) r[3] != 0, changed.get(en.getKey())));
        }
        page.clear();
    }

    /**
     * The reports of these incidents; {@code changed} gets each incident's last change: the newest of
     * its reports' storing times and of the times they were split off.
     */
    private Map<Long, List<StoredEvent.Report>> reports(Collection<Long> eventRefs, Map<Long, Instant> changed)
            throws SQLException {
        Map<Long, List<StoredEvent.Report>> out = new LinkedHashMap<>();
        if (eventRefs.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(eventRefs);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String in = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT r.event_ref, r.report_key, r.record,"
                    + " a.article_key, r.party, a.ingested_at, s.created_at, r.joined FROM reports r JOIN articles a ON a.id = r.article_ref"
                    + " LEFT JOIN splits s ON s.report_key = r.report_key WHERE r.event_ref IN (" + in + ") ORDER BY r.id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long ref = rs.getLong(1);
                        out.computeIfAbsent(ref, k -> new ArrayList<>()).add(new StoredEvent.Report(
                                rs.getString(2), RecordCodec.parse(rs.getString(3)), rs.getString(4), rs.getInt(5) != 0,
                                RecordCodec.decision(rs.getString(8))));
                        for (String t : new String[] {rs.getString(6), rs.getString(7)}) {
                            if (t != null) {
                                changed.merge(ref, instant(t), (a, b) -> a.isAfter(b) ? a : b);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A time the store wrote ({@code Instant.toString()}). */
    private Instant instant(String t) {
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new StoreException(db.name() + " holds a time that is not ISO-8601: '" + t + "'", e);
        }
    }

    List<MapPoint> mapPoints(EventQuery q) {
        Where w = Where.of(q, backend);
        String sql = "SELECT e.event_key, e.event_date, e.event_type, e.sub_event_type, e.latitude, e.longitude,"
                + " e.fatalities, e.corroboration FROM events e" + w.sql() + " AND e.latitude IS NOT NULL"
                + " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int next = w.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            List<MapPoint> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MapPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot query " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    /** Places the LOCATION grouping names: the busiest, enough for a "top places" list. */
    static final int TOP_LOCATIONS = 50;

    List<EventStore.Count> counts(EventQuery q, EventStore.Grouping by) {
        String columns = switch (by) {
            case DAY -> "e.event_date";
            case DAY_TYPE -> "e.event_date, e.event_type";
            case TYPE -> "e.event_type";
            case ADMIN1 -> "e.admin1";
            case COUNTRY -> "e.country";
            case ACTORS -> "e.actors";
            case LOCATION -> "e.latitude, e.longitude";
        };
        int keys = columns.split(",").length;
        Where w = Where.of(q, backend);
        boolean byDay = by == EventStore.Grouping.DAY || by == EventStore.Grouping.DAY_TYPE;
        String sql = "SELECT " + columns + ", count(*), sum(e.fatalities), min(e.id) FROM events e" + w.sql()
                + (by == EventStore.Grouping.LOCATION ? " AND e.latitude IS NOT NULL" : "") + " GROUP BY " + columns
                + " ORDER BY " + (byDay ? columns : "count(*) DESC, min(e.id)")
                + (by == EventStore.Grouping.LOCATION ? " LIMIT " + TOP_LOCATIONS : "");
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            w.bind(ps);
            List<EventStore.Count> out = new ArrayList<>();
            List<Long> firstIds = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= keys; i++) {
                        key.add(rs.getString(i) == null ? "" : rs.getString(i));
                    }
                    out.add(new EventStore.Count(String.join("|", key), rs.getLong(keys + 1), rs.getLong(keys + 2)));
                    firstIds.add(rs.getLong(keys + 3));
                }
            }
            if (by == EventStore.Grouping.LOCATION) { // coordinates group; the name is what a person reads
                for (int i = 0; i < out.size(); i++) {
                    EventStore.Count c = out.get(i);
                    out.set(i, new EventStore.Count(placeName(firstIds.get(i)), c.events(), c.fatalities()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    /** "Location, Admin1, Country" of an incident's place. */
    private String placeName(long ref) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT " + RecordCodec.RECORD + ", e.event_key"
                + " FROM events e WHERE e.id = ?")) {
            ps.setLong(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "";
                }
                var p = RecordCodec.parse(rs.getString(1), rs.getString(2)).place();
                return p == null ? "" : java.util.stream.Stream.of(p.location(), p.admin1(), p.country())
                        .filter(x -> !x.isBlank()).distinct().collect(Collectors.joining(", "));
            }
        }
    }

    Optional<StoredEvent> event(String id) {
        try {
            Long ref = eventRef(db, id);
            if (ref == null) {
                return Optional.empty();
            }
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT e.event_key, " + RecordCodec.RECORD
                    + ", e.corroboration, e.pinned FROM events e WHERE e.id = ?")) {
                ps.setLong(1, ref);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Map<Long, Instant> changed = new HashMap<>();
                    List<StoredEvent.Report> reports = reports(List.of(ref), changed).getOrDefault(ref, List.of());
                    return Optional.of(new StoredEvent(rs.getString(1), RecordCodec.parse(rs.getString(2), rs.getString(1)),
                            reports, rs.getInt(3), rs.getInt(4) != 0, changed.get(ref)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + " from " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    /** The row id of the incident with this key, or null. */
    static Long eventRef(StoreConnection db, String key) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT id FROM events WHERE event_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The key of the earlier version of the page {@code articleKey} re-published, if it is one. */
    Optional<String> previousVersion(String articleKey) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT p.article_key FROM articles a"
                + " JOIN articles p ON p.id = a.previous_ref WHERE a.article_key = ?")) {
            ps.setString(1, articleKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the versions of article " + articleKey + " from " + db.name() + ": "
                    + StoreConnection.oneLine(e), e);
        }
    }

    /** Articles, reports and incidents held. */
    long[] counts() {
        try (Statement st = db.connection().createStatement()) {
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
            throw new StoreException("cannot count in " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    Optional<Article> article(String key) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT article_id, text, published, source, url,"
                + " language, byline FROM articles WHERE article_key = ? OR article_id = ? ORDER BY id LIMIT 1")) {
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
            throw new StoreException("cannot read article " + key + " from " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }
}
