package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One conflict event as an ACLED coder would record it, plus what ACLED drops: injuries, captives,
 * certainty, and the evidence spans it was built from. {@code date} is null when neither the text nor
 * the publication date fixes it; {@code place} is null when no place in the text could be resolved
 * ({@code placeText} then still says what the report wrote).
 */
public record Event(String articleId, String eventId, LocalDate date, int timePrecision, Status status,
                    SubEventType subEventType, Actor actor1, Actor actor2, List<Actor> assoc1, List<Actor> assoc2,
                    Place place, String placeText, Casualties casualties, List<Source> sources, Certainty certainty,
                    String cameoCode, double confidence, String notes, List<Span> evidence) {
    public Event {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subEventType, "subEventType");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(certainty, "certainty");
        if (timePrecision < 1 || timePrecision > 3) {
            throw new IllegalArgumentException("time_precision " + timePrecision + " is not 1, 2 or 3");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
        }
        assoc1 = List.copyOf(assoc1);
        assoc2 = List.copyOf(assoc2);
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
        placeText = placeText == null ? "" : placeText;
        cameoCode = cameoCode == null ? "" : cameoCode;
        notes = notes == null ? "" : notes;
    }

    public EventType eventType() {
        return subEventType.type();
    }

    /** ACLED's inter code of actor 1, 0 when there is none. */
    public int inter1() {
        return actor1 == null ? 0 : actor1.inter().code();
    }

    /** ACLED's inter code of actor 2, 0 when there is none. */
    public int inter2() {
        return actor2 == null ? 0 : actor2.inter().code();
    }

    /** ACLED's interaction code ({@link Inter#interaction}). */
    public int interaction() {
        return Inter.interaction(actor1 == null ? null : actor1.inter(), actor2 == null ? null : actor2.inter());
    }
}
