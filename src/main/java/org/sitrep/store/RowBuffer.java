package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one INSERT, written many to a statement: a bulk load pays for one statement per hundred
 * rows instead of one per row. Values are bound in order; null binds SQL NULL.
 */
final class RowBuffer {
    /**
     * Rows per statement, largest first; SQLite allows 32,766 parameters, this stays far below for any
     * table here. The remainder of a flush goes in the smaller sizes, each prepared once: preparing a
     * statement for every odd count was a tenth of a bulk load with frequent fusions (`sitrep bench store`).
     */
    static final int[] SIZES = {100, 10, 1};

    private final String prefix;
    private final String row;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();
    private final PreparedStatement[] prepared = new PreparedStatement[SIZES.length];

    /** {@code prefix} like "INSERT INTO t (a, b) VALUES ", {@code columns} values a row. */
    RowBuffer(String prefix, int columns) {
        this.prefix = prefix;
        this.columns = columns;
        this.row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    }

    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(prefix + ": " + values.length + " values for " + columns + " columns");
        }
        rows.add(values);
    }

    void flush(Connection c) throws SQLException {
        int i = 0;
        for (int k = 0; k < SIZES.length; k++) {
            while (rows.size() - i >= SIZES[k]) {
                if (prepared[k] == null) {
                    prepared[k] = c.prepareStatement(sql(SIZES[k]));
                }
                bind(prepared[k], i, SIZES[k]);
                prepared[k].executeUpdate();
                i += SIZES[k];
            }
        }
        rows.clear();
    }

    void clear() {
        rows.clear();
    }

    private String sql(int n) {
        return prefix + String.join(", ", Collections.nCopies(n, row));
    }

    private void bind(PreparedStatement ps, int from, int n) throws SQLException {
        int p = 1;
        for (int r = from; r < from + n; r++) {
            for (Object v : rows.get(r)) {
                if (v == null) {
                    ps.setObject(p++, null);
                } else if (v instanceof Long l) {
                    ps.setLong(p++, l);
                } else if (v instanceof Integer x) {
                    ps.setInt(p++, x);
                } else if (v instanceof Double d) {
                    ps.setDouble(p++, d);
                } else {
                    ps.setString(p++, (String) v);
                }
            }
        }
    }

    /** Closes the prepared statements (after a failed transaction the driver may have reset them). */
    void close() throws SQLException {
        SQLException first = null;
        for (int k = 0; k < prepared.length; k++) {
            PreparedStatement p = prepared[k];
            prepared[k] = null;
            if (p != null) {
                try {
                    p.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
