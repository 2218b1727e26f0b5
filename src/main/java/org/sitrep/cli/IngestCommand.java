package org.sitrep.cli;

import org.sitrep.archive.ArchiveImport;
import org.sitrep.extract.TypeMode;
import org.sitrep.ingest.Web;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep ingest PATH|URL...}: files, folders, JSONL, feeds, pages and {@code sitrep archive} outputs into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract and store articles from files, folders (recursively), JSONL, RSS/Atom feeds and web pages;"
                + " a 'sitrep archive' output directory is stored as it was extracted.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL")
    List<String> targets;

    @Option(names = "--published", paramLabel = "DATE", converter = ExtractCommand.DateConverter.class,
            description = "publication date for articles that carry none")
    LocalDate published;

    @picocli.CommandLine.Mixin
    StoreOptions where;

    @picocli.CommandLine.Mixin
    FetchOptions fetch = new FetchOptions();

    @Option(names = "--threads", description = "extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        try (JdbcEventStore store = where.open()) {
            // a directory written by `sitrep archive` holds its articles already extracted: stored as they are
            List<String> rest = new ArrayList<>();
            int archived = 0;
            for (String t : targets) {
                if (!Web.isUrl(t) && ArchiveImport.isArchive(Path.of(t))) {
                    ArchiveImport.Summary s = ArchiveImport.load(Path.of(t), store, System.err);
                    System.err.println(s.line("ingest", Path.of(t)));
                    archived += s.stored() + s.duplicates();
                } else {
                    rest.add(t);
                }
            }
            if (rest.isEmpty()) {
                return archived == 0 ? 1 : 0;
            }
            Ingestion in = new Ingestion(() -> Engine.extractor(where.dataDir(), LineOptions.sharing(TypeMode.BOTH,
                    Math.max(1, threads), Runtime.getRuntime().availableProcessors())), store, System.err, "ingest", threads,
                    fetch.limits());
            try {
                Ingestion.Summary s = in.ingest(rest, published);
                System.err.println(s.line("ingest"));
                return s.stored() + s.duplicates() + archived == 0 ? 1 : 0;
            } finally {
                in.close();
            }
        }
    }
}
