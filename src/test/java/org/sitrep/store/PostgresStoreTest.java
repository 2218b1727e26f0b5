package org.sitrep.store;

import org.junit.jupiter.api.Assumptions;

import java.sql.DriverManager;
import java.sql.SQLException;

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

    @Override
    JdbcEventStore openAgain() {
        return JdbcEventStore.open(url(), CLOCK);
    }
}
