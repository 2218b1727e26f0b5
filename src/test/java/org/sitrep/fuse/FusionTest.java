package org.sitrep.fuse;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who counts as a party to the conflict, and which reports tell one incident. */
class FusionTest {
    static final Place KAFRANBEL = new Place("Kafranbel", 35.61376, 36.56449, "SY", "Syria", "SYR", "Idlib", "", 171246L,
            "PPL", 1);
    static final Actor ARMY = new Actor("Military Forces of Syria", 1, "SY");
    static final Actor CIVILIANS = new Actor("Civilians (Syria)", 7, "SY");

    static Event report(String id, SubEventType type, int killed, Source... sources) {
        String text = "Report " + id + ".";
        return new Event(id, id + "-0", LocalDate.of(2021, 6, 9), 1, Status.OCCURRED, type, ARMY, CIVILIANS, List.of(),
                List.of(), KAFRANBEL, "Kafranbel", new Casualties(killed, null, null), List.of(sources), Certainty.REPORTED,
                "190", 0.5, "Shelling in Kafranbel.", List.of(new Span(0, text.length(), text)));
    }

    static final Source SANA = new Source("SANA", Source.Kind.STATE_MEDIA, "SY");
    static final Source MONITOR = new Source("Syrian Observatory for Human Rights", Source.Kind.MONITOR, "");
    static final Source MILITARY_SOURCE = new Source("Military source", Source.Kind.OFFICIAL, "");
    static final Source WIRE = new Source("AFP", Source.Kind.PUBLISHER, "");

    @Test
    void anUnnamedOfficialSpeaksThroughTheStateOutletThatCitesIt() {
        assertTrue(Fusion.fromParty(report("sana", SubEventType.SHELLING, 3, MILITARY_SOURCE, SANA, WIRE)));
        assertTrue(Fusion.fromParty(report("sana2", SubEventType.SHELLING, 3, SANA)));
        assertFalse(Fusion.fromParty(report("sohr", SubEventType.SHELLING, 4, MONITOR, WIRE)));
        assertFalse(Fusion.fromParty(report("wire", SubEventType.SHELLING, 4, WIRE)));
    }

    @Test
    void aClashAndAShellingAreOneIncidentAProtestIsNot() {
        Event shelling = report("a", SubEventType.SHELLING, 4, MONITOR);
        assertTrue(Fusion.sameIncident(shelling, report("b", SubEventType.ARMED_CLASH, 2, SANA)));
        assertFalse(Fusion.sameIncident(shelling, report("c", SubEventType.PEACEFUL_PROTEST, 0, WIRE)));
        assertEquals(2, Fusion.fuse("x", List.of(shelling, report("d", SubEventType.SHELLING, 2, SANA)))
                .casualties().fatalities(), "the lowest figure any source gives");
    }
}
