package org.sitrep.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A country's own name before what its state sends ("Burma airstrike", "US aircraft") is the state acting,
 * though the geoparser reads it as a nationality, not as where the story is. Sentences written here.
 */
class StateActorTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Military Forces of Myanmar (2021-)|Burma airstrike killed three villagers and severely wounds two including a 6 year old boy.",
        "Military Forces of United States|US aircraft struck militia positions near Al-Mayadin, killing two.",
        "Military Forces of Turkey|Turkey shelled Tal Rifaat, killing two civilians.",
    })
    void theStateActs(String actor1, String text) {
        List<Event> es = TestEngine.extractor().extract(new Article("state", text, LocalDate.of(2022, 1, 16), null, null, "en"));
        assertFalse(es.isEmpty(), "no event in: " + text);
        assertEquals(actor1, es.get(0).actor1().name(), es.get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Police found the body of a young man in a canal in Culiacan on Sunday.",
        "Soldiers discovered two bodies with gunshot wounds near Apatzingan on Friday.",
    })
    void whoFindsTheDeadDidNotKillThem(String text) {
        List<Event> es = TestEngine.extractor().extract(new Article("state", text, LocalDate.of(2022, 1, 16), null, null, "en"));
        assertFalse(es.isEmpty(), "no event in: " + text);
        assertEquals("Unidentified Armed Group (Mexico)", es.get(0).actor1().name(), es.get(0).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Syrian government forces shelled Nasib near the border with Jordan despite a Russian-brokered truce, killing two.",
        "Militants attacked a checkpoint at the crossing with Turkey, killing two guards.",
    })
    void aBorderWithAStateIsWhereNotWhom(String text) {
        // "the border with Jordan" places the event; Jordan's state takes no part in it
        List<Event> es = TestEngine.extractor().extract(new Article("state", text, LocalDate.of(2022, 1, 16), null, null, "en"));
        assertFalse(es.isEmpty(), "no event in: " + text);
        assertFalse(es.stream().anyMatch(e -> e.actor1().name().startsWith("Military Forces of Jordan")
                || e.actor1().name().startsWith("Military Forces of Turkey")
                || e.actor2() != null && (e.actor2().name().startsWith("Military Forces of Jordan")
                || e.actor2().name().startsWith("Military Forces of Turkey"))), es.toString());
    }
}
