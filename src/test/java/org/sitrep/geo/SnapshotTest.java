package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packed gazetteer written to the data directory and read back: the same places, or a fresh parse. */
class SnapshotTest {
    private static byte[] bytes(PlaceStore store) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.writeTo(new Snapshot.Out(new DataOutputStream(out)));
        return out.toByteArray();
    }

    private static List<Long> ids(Gazetteer g, String name) {
        return g.places(NameKey.of(name)).stream().map(GeoEntry::geonamesId).toList();
    }

    @Test
    void aSecondStartReadsTheSnapshotAndFindsTheSamePlaces(@TempDir Path dir) throws IOException {
        MemoryGazetteer parsed = MemoryGazetteer.load(dir);
        Path file = dir.resolve(MemoryGazetteer.SNAPSHOT_FILE);
        assertTrue(Files.isRegularFile(file), "the first load writes " + file);
        FileTime written = Files.getLastModifiedTime(file);
        MemoryGazetteer read = MemoryGazetteer.load(dir);
        assertEquals(written, Files.getLastModifiedTime(file), "a current snapshot is read, not rewritten");
        assertEquals(parsed.size(), read.size());
        assertEquals(parsed.keyCount(), read.keyCount());
        for (String name : List.of("Aleppo", "Ras al-Ain", "Tall Tamr", "Kafr Da`il", "Idlib", "Mandera")) {
            assertEquals(ids(parsed, name), ids(read, name), name);
            assertEquals(parsed.places(NameKey.of(name)), read.places(NameKey.of(name)), name);
        }
        assertEquals(parsed.variantKeys(NameKey.of("Tell Tamr")), read.variantKeys(NameKey.of("Tell Tamr")));
    }

    @Test
    void theLayoutRoundTripsByteForByte(@TempDir Path dir) throws IOException {
        MemoryGazetteer.load(dir);
        PlaceStore store = Snapshot.read(dir.resolve(MemoryGazetteer.SNAPSHOT_FILE), signatureOf(dir)).orElseThrow();
        Path again = dir.resolve("again.snapshot");
        Snapshot.write(again, "test", store);
        assertArrayEquals(bytes(store), bytes(Snapshot.read(again, "test").orElseThrow()));
    }

    @Test
    void aSnapshotOfOtherFilesOrAnotherFormatIsNotRead(@TempDir Path dir) throws IOException {
        MemoryGazetteer.load(dir);
        Path file = dir.resolve(MemoryGazetteer.SNAPSHOT_FILE);
        String signature = signatureOf(dir);
        assertTrue(Snapshot.read(file, signature).isPresent());
        assertTrue(Snapshot.read(file, "format " + Snapshot.FORMAT + "; other files").isEmpty());
        Files.write(file, "not a snapshot at all".getBytes());
        assertTrue(Snapshot.read(file, signature).isEmpty());
    }

    @Test
    void aDamagedSnapshotIsParsedAgainAndReplaced(@TempDir Path dir) throws IOException {
        MemoryGazetteer parsed = MemoryGazetteer.load(dir);
        Path file = dir.resolve(MemoryGazetteer.SNAPSHOT_FILE);
        long full = Files.size(file);
        byte[] head = new byte[(int) Math.min(full, 4096)];
        System.arraycopy(Files.readAllBytes(file), 0, head, 0, head.length);
        Files.write(file, head); // cut short, as by a full disk
        MemoryGazetteer again = MemoryGazetteer.load(dir);
        assertEquals(parsed.size(), again.size());
        assertEquals(full, Files.size(file), "rewritten whole");
        assertNotEquals(0, again.places(NameKey.of("Aleppo")).size());
    }

    /** The signature the first load wrote: read back from the file's header. */
    private static String signatureOf(Path dir) throws IOException {
        try (var in = new java.io.DataInputStream(Files.newInputStream(dir.resolve(MemoryGazetteer.SNAPSHOT_FILE)))) {
            in.readLong();
            in.readInt();
            return in.readUTF();
        }
    }

    @Test
    void aDataDirectoryThatCannotTakeTheSnapshotStillLoads(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("gazetteer"), "a file where the folder should be");
        var err = new ByteArrayOutputStream();
        var was = System.err;
        System.setErr(new java.io.PrintStream(err, true));
        try {
            MemoryGazetteer g = MemoryGazetteer.load(notADirectory);
            assertNotEquals(0, g.places(NameKey.of("Aleppo")).size());
        } finally {
            System.setErr(was);
        }
        assertTrue(err.toString().contains("cannot write the gazetteer snapshot"), err.toString());
    }
}
