package org.sitrep.store;

/** What a map marker needs, without the full record: the map query returns these. */
public record MapPoint(String id, String date, String eventType, String subEventType, double latitude, double longitude,
                       int fatalities, int corroboration) {
}
