package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packed place store read through a gazetteer folder: what goes in comes out, errors name file and line. */
class PlaceStoreTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixture-gazetteer");

    @TempDir
    Path dir;

    private Path folder(String places) throws IOException {
        for (String f : new String[] {"admin.tsv", "countries.tsv"}) {
            Files.copy(FIXTURE.resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("places.tsv"), places, StandardCharsets.UTF_8);
        return dir;
    }

    private static String row(long id, String name, String ascii, String alts, String lat, String lon, String fcode,
                              String cc, String a1, String a2, String pop) {
        return String.join("\t", Long.toString(id), name, ascii, alts, lat, lon, "P", fcode, cc, a1, a2, pop) + "\n";
    }

    @Test
    void anEntryComesBackAsItWasWritten() throws IOException {
        MemoryGazetteer g = MemoryGazetteer.fromFolder(folder(
                row(165509, "Ra’s al ‘Ayn", "Ra's al `Ayn", "Serekaniye|ras al ayn|Resulayn", "36.85034", "40.07055",
                        "PPLA2", "SY", "01", "", "0")
                + row(-1108779083, "Ras Al Ain", "", "Ras Al Ain District", "-36.69716", "-140.1", "ADM2", "SY", "01",
                        "X1108779083", "177150")));
        assertEquals(2, g.size());
        List<GeoEntry> hits = g.places(NameKey.of("Ras el Ain"));
        assertEquals(2, hits.size());
        GeoEntry town = hits.get(0);
        assertEquals(new GeoEntry(165509, "Ra’s al ‘Ayn", "Ra's al `Ayn", 36.85034, 40.07055, 'P', "PPLA2", "SY", "01", "",
                0), town);
        GeoEntry district = hits.get(1);
        assertEquals(0, district.geonamesId(), "a place without a GeoNames id (a WOF id in the file) has none");
        assertEquals(-36.69716, district.latitude());
        assertEquals(-140.1, district.longitude());
        assertEquals("X1108779083", district.admin2());
        assertEquals(177150, district.population());
        assertEquals(List.of(town), g.places(NameKey.of("Serekaniye")));
        assertEquals(List.of(district), g.places(NameKey.of("Ras al-Ayn District")));
        assertTrue(g.places("ras ain x").isEmpty());
    }

    @Test
    void lowerCaseAlternatesAreNotIndexed() throws IOException {
        MemoryGazetteer g = MemoryGazetteer.fromFolder(folder(
                row(1, "Hyères", "Hyeres", "ayyr|Olbia", "43.12", "6.13", "PPL", "FR", "93", "", "55000")));
        assertTrue(g.places(NameKey.of("ayyr")).isEmpty(), "machine transliterations stay out of the index");
        assertEquals(1, g.places(NameKey.of("Olbia")).size());
    }

    @Test
    void aBadLineFarIntoABigFileIsNamedByItsNumber() throws IOException {
        // more than one slice of the parallel parse: the line number must count the slices before it
        StringBuilder sb = new StringBuilder("# a comment line\n");
        int bad = 40_000;
        for (int i = 2; i <= 50_000; i++) {
            sb.append(row(10_000_000 + i, "Village " + i, "", "Qaryat " + i, i == bad ? "north" : "35.5", "38.25", "PPL",
                    "SY", "04", "", "0"));
        }
        assertTrue(sb.length() > 2 << 20, "the file spans several slices");
        Path d = folder(sb.toString());
        var e = assertThrows(IllegalArgumentException.class, () -> MemoryGazetteer.fromFolder(d));
        assertTrue(e.getMessage().startsWith("places.tsv line " + bad + ":"), e.getMessage());
    }

    @Test
    void tooFewColumnsIsNamed() throws IOException {
        Path d = folder(row(1, "Afrin", "", "", "36.5", "36.8", "PPLA2", "SY", "09", "", "0") + "2\tTadmur\t\t\n");
        var e = assertThrows(IllegalArgumentException.class, () -> MemoryGazetteer.fromFolder(d));
        assertEquals("places.tsv line 2: expected 12 tab-separated columns, got 4", e.getMessage());
    }
}
