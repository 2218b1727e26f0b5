package org.sitrep.cli;

import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the store and the data live: the options every store-reading subcommand shares. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "URL|FILE", description = "store: jdbc:postgresql://... or a SQLite file "
            + "(default DATA/sitrep.db)")
    String db;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default $SITREP_DATA or ./sitrep-data)")
    Path data;

    JdbcEventStore open() {
        return Ingestion.openStore(db, data);
    }

    Path dataDir() {
        return Engine.dataDir(data);
    }
}
