package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.nlp.CoreNlpAnalyzer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios with named GeoNames ids against a dozen-place fixture gazetteer (src/test/resources). */
class ResolverFixtureTest {
    private static final MemoryGazetteer FIXTURE = MemoryGazetteer.fromFolder(Path.of("src/test/resources/fixture-gazetteer"));
    private static final Extractor EXTRACTOR = new Extractor(Lexicon.bundled(), new CoreNlpAnalyzer(), FIXTURE);

    private static long idOf(String text, String mention) {
        return EXTRACTOR.geoparse(text).stream().filter(r -> r.toponym().text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + mention + "' in: " + text)).place().geonamesId();
    }

    @Test
    void parisAloneIsTheCapital() {
        assertEquals(2988507L, idOf("Thousands marched in Paris on Saturday.", "Paris"));
    }

    @Test
    void parisTexasByItsQualifier() {
        assertEquals(4717560L, idOf("A gunman opened fire in Paris, Texas, on Friday.", "Paris"));
    }

    @Test
    void tripoliByTheCountryTheArticleIsAbout() {
        assertEquals(266826L, idOf("Clashes in Tripoli spread to Beirut, Lebanese officials said.", "Tripoli"));
        assertEquals(2210247L, idOf("Militias fought in Tripoli and Misrata, Libyan officials said.", "Tripoli"));
    }

    @Test
    void aBorderTownByItsNeighbours() {
        assertEquals(165509L, idOf("Fighting near Ras al-Ain spread to Darbasiyah.", "Ras al-Ain"));
    }

    @Test
    void villagesNextToTowns() {
        var rs = EXTRACTOR.geoparse("Captives were filmed in the village of Tel Hawa, near Ras al-Ain.");
        assertEquals(9000001L, rs.stream().filter(r -> r.toponym().text().equals("Tel Hawa")).findFirst().orElseThrow()
                .place().geonamesId());
    }

    @Test
    void demonymsNameTheirCountry() {
        var r = EXTRACTOR.geoparse("Syrian troops advanced.").get(0);
        assertEquals(Toponym.Kind.DEMONYM, r.toponym().kind());
        assertEquals("SY", r.place().countryCode());
    }

    @Test
    void theDatelineIsNoEventsPlace() {
        List<Event> events = EXTRACTOR.extract(new Article("t", "Border clashes\n\nERBIL, Iraq – Three soldiers were "
                + "killed on Monday in clashes near Ras al-Ain, a monitor said.", LocalDate.of(2019, 10, 29), null, null, "en"));
        assertEquals(1, events.size(), events.toString());
        assertEquals(165509L, events.get(0).place().geonamesId());
        assertEquals(2, events.get(0).place().precision(), "near a town: precision 2");
        assertEquals("Al-Hasakah", events.get(0).place().admin1());
        assertFalse(events.stream().anyMatch(e -> e.place().location().equals("Erbil")));
    }

    @Test
    void runnersUpAreKept() {
        var r = EXTRACTOR.geoparse("Thousands marched in Paris on Saturday.").get(0);
        assertTrue(r.runnersUp().stream().anyMatch(e -> e.geonamesId() == 4717560L), r.toString());
    }

    @Test
    void distanceAndBearingFromATownMoveThePoint() {
        List<Event> events = EXTRACTOR.extract(new Article("t", "Two shepherds were killed by a landmine 10 km south of "
                + "Darbasiyah on Monday.", LocalDate.of(2019, 10, 29), null, null, "en"));
        assertEquals(1, events.size(), events.toString());
        var p = events.get(0).place();
        assertEquals("Ad Darbasiyah", p.location());
        assertEquals(2, p.precision());
        assertEquals(10.0, Distance.km(p.latitude(), p.longitude(), 37.07279, 40.65199), 0.1);
        assertTrue(p.latitude() < 37.07279, "south of the town");
    }
}
