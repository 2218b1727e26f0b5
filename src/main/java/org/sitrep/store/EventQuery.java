package org.sitrep.store;

import org.sitrep.model.Certainty;
import org.sitrep.model.EventType;

import java.time.LocalDate;

/**
 * Filters of {@code sitrep events}, {@code sitrep export} and the API: every field may be null (no
 * filter). {@code bbox} is {minLon, minLat, maxLon, maxLat}. Validated here, so that a store never sees
 * an impossible query.
 */
public record EventQuery(LocalDate from, LocalDate to, double[] bbox, String country, String admin1, EventType type,
                         String actor, String source, Certainty certainty, String text, int limit, int offset) {
    public static final int MAX_LIMIT = 100_000;
    /** No limit: every matching event, for exports that stream ({@link EventStore#forEach}). */
    public static final int ALL = Integer.MAX_VALUE;

    public EventQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        if (bbox != null) {
            if (bbox.length != 4) {
                throw new IllegalArgumentException("bbox needs 4 numbers minLon,minLat,maxLon,maxLat; got " + bbox.length);
            }
            if (!(bbox[0] >= -180 && bbox[2] <= 180 && bbox[1] >= -90 && bbox[3] <= 90 && bbox[0] <= bbox[2]
                    && bbox[1] <= bbox[3])) {
                throw new IllegalArgumentException("bbox " + java.util.Arrays.toString(bbox)
                        + " is not minLon,minLat,maxLon,maxLat within -180..180, -90..90");
            }
            bbox = bbox.clone();
        }
        if (limit < 1 || (limit > MAX_LIMIT && limit != ALL)) {
            throw new IllegalArgumentException("limit " + limit + " is not in 1.." + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is negative");
        }
    }

    /** The same filters with another limit and offset. */
    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(from, to, bbox, country, admin1, type, actor, source, certainty, text, newLimit, newOffset);
    }

    public static EventQuery all(int limit) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, limit, 0);
    }
}
