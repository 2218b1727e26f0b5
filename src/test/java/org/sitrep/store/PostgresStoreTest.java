package org.sitrep.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same suite on PostgreSQL. .ci/run starts a server on loopback and exports SITREP_TEST_PG (its
 * JDBC URL); without it, as on a laptop with no PostgreSQL, these tests are skipped and say why.
 */
public class PostgresStoreTest extends StoreContract {
    public static String url() {
        String url = System.getenv("SITREP_TEST_PG");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "SITREP_TEST_PG is not set: run .ci/postgres.sh and export its URL to test the PostgreSQL store");
        return url;
    }

    /** A fresh, empty schema for every test. */
    public static void reset(String url) {
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    EventStore open() {
        String url = url();
        reset(url);
        return JdbcEventStore.open(url, CLOCK);
    }

    /** PostGIS when the server has it (.ci/run installs it); plain indexes, and saying so, when not. */
    @Test
    void postgisIndexesPlacesWhenTheServerHasIt() throws SQLException {
        boolean available;
        try (var c = DriverManager.getConnection(url()); var st = c.createStatement();
             var rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")) {
            available = rs.next();
        }
        String spatial = ((JdbcEventStore) store).spatialIndex();
        if (!available) {
            assertTrue(spatial.contains("PostGIS is not installed"), spatial);
            return;
        }
        assertEquals(Schema.POSTGIS, spatial);
        ingest(article("monitor", "Enab Baladi", MONITOR));
        try (var c = DriverManager.getConnection(url()); var st = c.createStatement();
             var rs = st.executeQuery("SELECT ST_Y(geom), ST_X(geom) FROM events")) {
            rs.next();
            assertEquals(35.8, rs.getDouble(1), 0.3, "Saraqib's latitude, computed by the server");
            assertEquals(36.8, rs.getDouble(2), 0.3);
        }
        store.close();
        store = JdbcEventStore.open(url(), CLOCK); // opening again finds the column made
        assertEquals(Schema.POSTGIS, ((JdbcEventStore) store).spatialIndex());
        assertEquals(1, store.mapPoints(q(null, null, new double[] {36, 35, 37.5, 36.5}, null, null, null, null, null)).size());
        assertEquals(0, store.mapPoints(q(null, null, new double[] {40, 30, 41, 31}, null, null, null, null, null)).size());
    }

    @Override
    String emptyDatabase() {
        reset(url());
        return url();
    }

    @Override
    JdbcEventStore openAgain() {
        return JdbcEventStore.open(url(), CLOCK);
    }
}
