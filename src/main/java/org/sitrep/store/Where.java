package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The WHERE clause of a query over {@code events e} and its parameters, each a String or a Double. */
record Where(String sql, List<Object> params) {
    static Where of(EventQuery q, Backend backend) {
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
            backend.boxFilter(q, sb, p);
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
            p.add("%" + q.actor().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.source() != null) {
            sb.append(" AND lower(e.sources) LIKE ?");
            p.add("%" + q.source().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.certainty() != null) {
            sb.append(" AND e.certainty = ?");
            p.add(q.certainty().label());
        }
        if (q.text() != null && !q.text().isBlank()) {
            backend.textFilter(q.text(), sb, p);
        }
        return new Where(sb.toString(), p);
    }

    /** Binds the parameters from the first; returns the index of the next one. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object o : params) {
            if (o instanceof Double d) {
                ps.setDouble(i++, d);
            } else {
                ps.setString(i++, (String) o);
            }
        }
        return i;
    }
}
