package org.sitrep.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The store's one JDBC connection, its name for messages, and the statements prepared on it: storing
 * runs the same dozen statements for every event, so each is prepared once per store.
 */
final class StoreConnection {
    private final Connection c;
    private final String name;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StoreConnection(Connection c, String name) {
        this.c = c;
        this.name = name;
    }

    Connection connection() {
        return c;
    }

    /** The file or the redacted URL, for messages. */
    String name() {
        return name;
    }

    /**
     * A cached statement behind a view whose close() does nothing, so that the try-with-resources of
     * the callers stays as it is while the statement lives as long as the store.
     */
    PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            statements.put(sql, p);
        }
        PreparedStatement target = p;
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close")) {
                        target.clearParameters();
                        return null;
                    }
                    try {
                        return m.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** After a failed transaction: drops every prepared statement, which the driver may have reset. */
    void dropStatements() {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // a statement the failure already finalised
            }
        }
        statements.clear();
    }

    void closeStatements() throws SQLException {
        for (PreparedStatement p : statements.values()) {
            p.close();
        }
    }

    void rollback() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the database discards the open transaction itself
        }
    }

    void autoCommit() {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // as above: nothing is pending on a connection that cannot switch modes
        }
    }

    /** A driver's message on one line, for a StoreException's. */
    static String oneLine(Exception e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    }

    /** The id an {@code INSERT ... RETURNING id} gave. */
    static long returnedId(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("insert returned no id");
            }
            return rs.getLong(1);
        }
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
