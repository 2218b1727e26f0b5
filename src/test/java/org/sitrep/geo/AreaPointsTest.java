package org.sitrep.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AreaPointsTest {
    @Test
    void theMiddleOfTheExtent() {
        assertEquals(45.0, AreaPoints.middle(new double[] {40, 41, 42, 50}, 4, false), 1e-9);
    }

    @Test
    void aFewStrayTownsAreLeftOut() {
        // 40 towns between -72 and -70 and one island at -109: the island is no part of the extent
        double[] v = new double[41];
        for (int i = 0; i < 40; i++) {
            v[i] = -72 + i * 0.05;
        }
        v[40] = -109.4;
        assertEquals(-71.025, AreaPoints.middle(v, 41, true), 1e-9);
    }

    @Test
    void aDivisionAcrossTheMeridianIsMeasuredEastwards() {
        assertEquals(-176.5, AreaPoints.middle(new double[] {179, -178, -175, -172, -174}, 5, true), 1e-9);
    }

    @Test
    void oneTownIsItsOwnMiddle() {
        assertEquals(36.2, AreaPoints.middle(new double[] {36.2}, 1, false), 1e-9);
    }
}
