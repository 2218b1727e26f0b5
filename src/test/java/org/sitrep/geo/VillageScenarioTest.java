package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Villages that only Who's On First gives the gazetteer (wof-places.tsv.gz; cities500 lacks them), each
 * in a sentence written here, with the GeoNames id, country and first-level code it must resolve to
 * (CLAVIN's scenario style). Picked from ../shared/data/gazetteer-wof: names no other place shares.
 */
class VillageScenarioTest {
    private static Resolved mention(String text, String name) {
        return TestEngine.extractor().geoparse(text).stream().filter(r -> r.toponym().text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + name + "' in: " + text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Syria: Deir ez-Zor's countryside, Idlib, al-Hasakah
        "Tayyani|163279|SY|07|Clashes broke out in Tayyani, east of Deir ez-Zor, between tribal fighters and the SDF.",
        "Hazzarin|169617|SY|12|Government shelling hit Hazzarin in the south of Idlib province on Sunday.",
        "Tall Atishashah|163661|SY|01|Turkish-backed factions attacked Tall Atishashah near Ras al-Ain.",
        // Iraq: Sulaymaniyah, Diyala
        "Kani Rushnawi|94887|IQ|05|A drone strike hit a house in Kani Rushnawi, in Sulaymaniyah province, local officials said.",
        "Sari Kawil|91515|IQ|10|Gunmen killed two farmers in Sari Kawil, a village in Diyala.",
        // Kenya: Nakuru, Bomet
        "Mau Narok|187221|KE|39|Police dispersed protesters in Mau Narok in Nakuru County on Tuesday.",
        "Ndanai|184228|KE|11|Clashes between herders in Ndanai, Bomet, left three people dead.",
        // Afghanistan: Takhar, Wardak
        "Gaday Darah|1467214|AF|26|Taliban fighters overran a checkpoint in Gaday Darah in Takhar province.",
        "Randzai Khel|1128535|AF|27|A roadside bomb exploded in Randzai Khel in Wardak, killing a police officer.",
        // Ukraine: a Cyrillic-only WOF name (Сухоліси), found by its KMU 2010 romanisation
        "Sukholisy|692246|UA|13|A drone hit a warehouse in Sukholisy in the Kyiv region overnight.",
        // Somalia: Bay
        "Wagalow|50729|SO|04|Al-Shabaab fighters attacked an army base in Wagalow in the Bay region of Somalia.",
    })
    void aVillageOnlyWofHasResolves(String name, long id, String country, String admin1, String text) {
        GeoEntry e = mention(text, name).place();
        assertEquals(id, e.geonamesId(), e.toString());
        assertEquals(country, e.countryCode(), e.toString());
        assertEquals(admin1, e.admin1(), e.toString());
    }

    @Test
    void aCyrillicOnlyTownWithoutAGeoNamesIdResolvesByItsRomanisation() {
        // WOF names it only Куп'янськ-Вузловий and gives no GeoNames id
        GeoEntry e = mention("Russian artillery shelled Kupiansk-Vuzlovyi in the Kharkiv region on Friday.",
                "Kupiansk-Vuzlovyi").place();
        assertEquals("Kupiansk-Vuzlovyi", e.name());
        assertEquals("UA", e.countryCode());
        assertEquals("07", e.admin1());
        assertEquals(0, e.geonamesId(), "no GeoNames id to report");
        assertEquals(49.646, e.latitude(), 0.01);
        assertFalse(TestEngine.gazetteer().places(NameKey.of("Куп'янськ-Вузловий")).isEmpty(), "the Cyrillic stays a name");
    }

    @Test
    void aWofDistrictNamesTheVillagesSecondLevel() {
        // Hazzarin's district is WOF's (no GeoNames admin2 of that name): wof-admin.tsv.gz names it
        Gazetteer g = TestEngine.gazetteer();
        List<GeoEntry> hits = g.places(NameKey.of("Hazzarin"));
        assertEquals(1, hits.size(), hits.toString());
        GeoEntry e = hits.get(0);
        assertTrue(e.admin2().startsWith("X"), e.toString());
        assertFalse(g.admin2Name(e.countryCode(), e.admin1(), e.admin2()).isEmpty(), e.toString());
        assertEquals("Idlib", g.admin1Name("SY", "12"));
    }

    @Test
    void theVillagesAreLoadedAndPacked() throws IOException {
        MemoryGazetteer g = TestEngine.gazetteer();
        assertTrue(g.size() > 800_000, "cities500 and WOF's villages: " + g.size() + " places");
        assertTrue(g.keyCount() > 900_000, g.keyCount() + " name keys");
        // the packed columns and index; 200,000 GeoEntry objects and a HashMap of keys took 103 MB before
        long mb = g.packedBytes() >> 20;
        assertTrue(mb < 90, "the packed gazetteer holds " + mb + " MB");
        Path geo = Path.of("src/main/resources/sitrep/geo");
        long bytes = Files.size(geo.resolve("wof-places.tsv.gz")) + Files.size(geo.resolve("wof-admin.tsv.gz"));
        assertTrue(bytes <= 25_000_000, "the WOF resources take " + bytes + " bytes; the budget is 25 MB");
    }
}
