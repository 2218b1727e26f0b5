package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestEngine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The town that stands for a part of a first-level division ({@link Gazetteer#admin1Part}), on the bundled
 * gazetteer, by GeoNames id: the most populous town of the division's third toward the bearing.
 */
class RegionPartsTest {
    @ParameterizedTest(name = "{0}.{1} at {2}°")
    @CsvSource({
        // Shan State: northern Lashio; the capital Taunggyi stands in the south and for the south
        "MM,11,0,1314759",
        "MM,11,180,1293960",
        // Sagaing Region's south: Monywa, the largest town there (Sagaing town is the seat)
        "MM,10,180,1308522",
        // Kunduz's north: Qarawul, not the city of Kunduz in the province's middle
        "AF,24,0,1129648",
        // Veracruz's south: Coatzacoalcos, 300 km from Xalapa
        "MX,30,180,3530517",
    })
    void townOfThePart(String cc, String admin1, double bearing, long geonamesId) {
        assertEquals(geonamesId, TestEngine.gazetteer().admin1Part(cc, admin1, bearing).orElseThrow().geonamesId());
    }

    @Test
    void aDivisionWithoutTownsHasNoParts() {
        assertTrue(TestEngine.gazetteer().admin1Part("MM", "99", 0).isEmpty());
    }

    @Test
    void aBearingOutsideTheCompassIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> TestEngine.gazetteer().admin1Part("MM", "11", 400));
        assertTrue(e.getMessage().contains("400"), e.getMessage());
    }
}
