package org.sitrep.geo;

import org.sitrep.model.Place;

/** The place a sentence's event happened, coded, and the words that named it; NONE when it names none. */
public record PlaceChoice(Place place, String text) {
    public static final PlaceChoice NONE = new PlaceChoice(null, "");

    public PlaceChoice {
        text = text == null ? "" : text;
    }

    public boolean isNone() {
        return place == null;
    }
}
