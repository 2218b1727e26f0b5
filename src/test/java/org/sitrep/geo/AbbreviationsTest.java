package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.sitrep.TestEngine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbbreviationsTest {
    @Test
    void everyAbbreviationNamesADivisionOfTheBundledGazetteer() {
        assertEquals(List.of(), new Abbreviations(TestEngine.gazetteer()).missing());
    }
}
