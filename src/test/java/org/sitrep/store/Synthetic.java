package org.sitrep.store;

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

/** Events made by hand, for store tests that need exact places, days and sides. */
final class Synthetic {
    private Synthetic() {
    }

    /** An armed clash of {@code group} against the Syrian army at (lat, lon), one killed. */
    static Event event(String articleId, int k, LocalDate day, double lat, double lon, String group) {
        return event(articleId, k, day, lat, lon, group, SubEventType.ARMED_CLASH);
    }

    static Event event(String articleId, int k, LocalDate day, double lat, double lon, String group, SubEventType type) {
        Place place = new Place("Place " + articleId, lat, lon, "SY", "Syria", "SYR", "Idlib", "", null, "PPL", 1);
        String text = "Fighting in " + place.location() + ".";
        return new Event(articleId, articleId + "-" + k, day, 1, Status.OCCURRED, type,
                new Actor(group, 2, "SY"), new Actor("Military Forces of Syria", 1, "SY"), List.of(), List.of(), place,
                place.location(), new Casualties(1, null, null), List.of(new Source("Wire", Source.Kind.PUBLISHER)),
                Certainty.REPORTED, "190", 0.5, "Clash in " + place.location() + ".", List.of(new Span(0, text.length(), text)));
    }
}
