package org.sitrep.geo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Compass words that move an event's point: their bearings, and where "the southern countryside of Idlib"
 * and its like put the event (sentences written here). Before session 14 every row below but the stated
 * distance and the outskirts was coded at the town's own point.
 */
class BearingsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"north,0", "Northern,0", "southern,180", "east,90", "western,270", "north-east,45", "northeastern,45",
        "north-western,315", "southeast,135", "South-Western,225", "central,-1", "up,-1", "northerly,-1", "eastwest,-1"})
    void bearingOfACompassWord(String word, double bearing) {
        assertEquals(bearing, Bearings.of(word));
    }

    private static Place eventPlace(String text) {
        List<Event> es = TestEngine.extractor().extract(new Article("b", text, LocalDate.of(2019, 5, 20), null, null, "en"));
        assertFalse(es.isEmpty(), "no event in: " + text);
        return es.get(0).place();
    }

    /** Town, its point, the distance and bearing the event's point must lie at from it (-1: any bearing). */
    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', value = {
        "Idlib|35.93062|36.63393|20|180|Regime shelling killed three civilians in the southern countryside of Idlib on Monday.",
        "Idlib|35.93062|36.63393|20|180|Regime shelling killed three civilians in Idlib's southern countryside on Monday.",
        "Idlib|35.93062|36.63393|20|180|Regime shelling killed three civilians in Idlib southern countryside on Monday.",
        "Idlib|35.93062|36.63393|20|0|Warplanes killed two fighters in areas north of Idlib on Monday.",
        "Idlib|35.93062|36.63393|20|135|Shelling killed a child in the southern and eastern countryside of Idlib on Monday.",
        "Aleppo|36.20124|37.16117|20|315|Clashes killed four fighters in the north-western countryside of Aleppo on Monday.",
        // a stated distance moves by that distance
        "Ad Darbasiyah|37.07279|40.65199|15|270|A landmine killed a shepherd 15 km west of Darbasiyah on Monday.",
        // outskirts are the town's own: the point stays
        "Aleppo|36.20124|37.16117|0|-1|Shelling killed two people on the western outskirts of Aleppo on Monday.",
        // no side to move to
        "Idlib|35.93062|36.63393|0|-1|Shelling killed four people north and south of Idlib on Monday.",
    })
    void aDirectionMovesThePointIntoThatPart(String location, double lat, double lon, double km, double bearing, String text) {
        Place p = eventPlace(text);
        assertEquals(location, p.location(), text);
        assertEquals(2, p.precision(), text);
        assertEquals(km, Distance.km(lat, lon, p.latitude(), p.longitude()), 0.5, text);
        if (bearing >= 0) {
            double[] expected = Distance.offset(lat, lon, km, bearing);
            assertEquals(0, Distance.km(expected[0], expected[1], p.latitude(), p.longitude()), 0.5, text);
        }
    }
}
