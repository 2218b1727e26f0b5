package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The queries: incidents with their reports, map points, counts, one incident, one article. */
final class EventReader {
    private final StoreConnection db;
    private final Backend backend;

    EventReader(StoreConnection db, Backend backend) {
        this.db = db;
        this.backend = backend;
    }

    List<StoredEvent> events(EventQuery q) {
        Where w = Where.of(q, backend);
        String sql = "SELECT e.id, e.event_key, " + RecordCodec.RECORD + ", e.corroboration, e.pinned FROM events e"
                + w.sql() + " ORDER BY e.event_date DESC, e.id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int next = w.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {rs.getString(2), RecordCodec.parse(rs.getString(3), rs.getString(2)),
                            rs.getInt(4), rs.getInt(5)});
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
            throw new StoreException("cannot query " + db.name() + ": " + StoreConnection.oneLine(e), e);
        }
    }

    private Map<Long, List<StoredEvent.Report>> reports(Collection<Long> eventRefs) throws SQLException {
        Map<Long, List<StoredEvent.Report>> out = new LinkedHashMap<>();
        if (eventRefs.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(eventRefs);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String in = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT r.event_ref, r.report_key, r.record,"
                    + " a.article_key, r.party, r.joined FROM reports r JOIN articles a ON a.id = r.article_ref"
                    + " WHERE r.event_ref IN (" + in + ") ORDER BY r.id")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredEvent.Report(
                                rs.getString(2), RecordCodec.parse(rs.getString(3)), rs.getString(4), rs.getInt(5) != 0,
                                RecordCodec.decision(rs.getString(6))));
                    }
                }
            }
        }
        return out;
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

    List<EventStore.Count> counts(EventQuery q, EventStore.Grouping by) {
        String column = switch (by) {
            case DAY -> "e.event_date";
            case TYPE -> "e.event_type";
            case ADMIN1 -> "e.admin1";
            case COUNTRY -> "e.country";
            case ACTORS -> "e.actors";
        };
        Where w = Where.of(q, backend);
        String sql = "SELECT " + column + ", count(*), sum(e.fatalities) FROM events e" + w.sql() + " GROUP BY " + column
                + " ORDER BY " + (by == EventStore.Grouping.DAY ? column : "count(*) DESC");
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            w.bind(ps);
            List<EventStore.Count> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventStore.Count(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + db.name() + ": " + StoreConnection.oneLine(e), e);
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
                    return Optional.of(new StoredEvent(rs.getString(1), RecordCodec.parse(rs.getString(2), rs.getString(1)),
                            reports(List.of(ref)).getOrDefault(ref, List.of()), rs.getInt(3), rs.getInt(4) != 0));
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
