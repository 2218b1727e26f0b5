package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small GeoNames dump, written here, imported and read back through the gazetteer. */
class GeoNamesImportTest {
    @TempDir
    Path dir;

    private static String row(long id, String name, String alts, double lat, double lon, String fclass, String fcode) {
        return id + "\t" + name + "\t" + name + "\t" + alts + "\t" + lat + "\t" + lon + "\t" + fclass + "\t" + fcode
                + "\tSY\t\t01\t\t\t\t0\t\t350\tAsia/Damascus\t2020-01-01\n";
    }

    private static long withId(java.util.List<GeoEntry> hits, long id) {
        return hits.stream().filter(e -> e.geonamesId() == id).count();
    }

    @Test
    void villagesBecomeFindable() throws IOException {
        // 163279 is Tayyani, which the bundled WOF villages have already: the dump's copy is dropped
        Path dump = Files.writeString(dir.resolve("SY.txt"),
                row(9_000_001, "Tall Hawa", "Tel Hawa,تل حوا", 36.81, 40.09, "P", "PPL")
                        + row(9_000_002, "Jabal Abyad", "", 36.7, 40.2, "T", "MT")
                        + row(163279, "Tayyani", "Tayyani Sitrep", 34.97839, 40.54149, "P", "PPL"), StandardCharsets.UTF_8);
        GeoNamesImport.Summary s = GeoNamesImport.run(dump, dir.resolve("gazetteer"));
        assertEquals(2, s.places());
        assertEquals(1, s.skipped());
        MemoryGazetteer g = MemoryGazetteer.load(dir.resolve("gazetteer"));
        var hits = g.places(NameKey.of("Tel Hawa"));
        assertEquals(1, withId(hits, 9_000_001L), hits.toString());
        assertEquals(0, withId(g.places(NameKey.of("Jabal Abyad")), 9_000_002L), "mountains are not places events are coded to");
        assertEquals(1, withId(g.places(NameKey.of("Tayyani")), 163279L), "a repeated id is loaded once");
        assertTrue(g.places(NameKey.of("Tayyani Sitrep")).isEmpty(), "the first copy's names stand");
        assertEquals(MemoryGazetteer.load(null).size() + 1, g.size());
    }

    @Test
    void aBadDumpLeavesTheGazetteerAsItWas() throws IOException {
        Path good = Files.writeString(dir.resolve("SY.txt"), row(9_000_001, "Tall Hawa", "", 36.81, 40.09, "P", "PPL"));
        GeoNamesImport.run(good, dir.resolve("gazetteer"));
        Path bad = Files.writeString(dir.resolve("SY.zip.txt"), "not\ta\tdump\n");
        var e = assertThrows(IllegalArgumentException.class, () -> GeoNamesImport.run(bad, dir.resolve("gazetteer")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        try (var files = Files.list(dir.resolve("gazetteer"))) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".part")), "no half-written file left behind");
        }
        var hits = MemoryGazetteer.load(dir.resolve("gazetteer")).places(NameKey.of("Tall Hawa"));
        assertEquals(1, withId(hits, 9_000_001L), hits.toString());
    }
}
