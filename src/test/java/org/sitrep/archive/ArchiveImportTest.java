package org.sitrep.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestEngine;
import org.sitrep.cli.Main;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventRecords;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `sitrep ingest DIR` on a `sitrep archive` output (the Spark module writes it; here it is written by hand in
 * its format): the articles go into the store with the events they were archived with, and fuse there.
 */
class ArchiveImportTest {
    private static final Path EXAMPLES = Path.of("examples/reports");

    private static String line(String name, LocalDate published, String source) throws IOException {
        Article a = new Article(name + ".txt", Files.readString(EXAMPLES.resolve(name + ".txt")), published, source, null, "en");
        var events = EventRecords.MAPPER.createArrayNode();
        for (Event e : TestEngine.extractor().extract(a)) {
            events.add(EventRecords.toStoredJson(e));
        }
        var o = EventRecords.MAPPER.createObjectNode().put("id", a.id()).put("text", a.text())
                .put("published", published.toString()).put("source", source).putNull("url").put("language", "en");
        o.set("events", events);
        return o.toString();
    }

    @Test
    void anArchiveIsStoredAsItWasExtractedAndFusesInTheStore(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("archive");
        Files.createDirectories(archive.resolve("articles"));
        Files.writeString(archive.resolve(ArchiveImport.MARKER), "{\"sitrep_archive\": 1}\n");
        LocalDate day = LocalDate.of(2021, 4, 23);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(archive.resolve("articles/part-00000.gz")))) {
            o.write((line("afrin-ied", day, "Example Monitor") + "\n{\"id\": \"torn\n" + line("afrin-ied-2", day, "Example Wire")
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(archive.resolve("articles/_SUCCESS"), "");
        assertTrue(ArchiveImport.isArchive(archive));
        Path db = dir.resolve("store.db");
        assertEquals(0, Main.run("ingest", "--db", db.toString(), "--data", dir.resolve("no-data").toString(), archive.toString()));
        try (JdbcEventStore store = JdbcEventStore.open(db.toString(), Clock.systemUTC())) {
            assertEquals(2, store.counts()[0], "two articles stored; the torn line is an error, not an article");
            List<StoredEvent> events = store.events(EventQuery.all(100));
            assertTrue(events.stream().anyMatch(e -> e.reports().size() == 2), "the two outlets' reports are one incident");
        }
    }

    @Test
    void anArchiveWrittenWithoutItsArticlesIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ArchiveImport.MARKER), "{\"sitrep_archive\": 1}\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ArchiveImport.load(dir, null, System.err));
        assertTrue(e.getMessage().contains("--no-articles"), e.getMessage());
        assertFalse(ArchiveImport.isArchive(dir.resolve("nowhere")));
    }
}
