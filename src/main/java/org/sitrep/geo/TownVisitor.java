package org.sitrep.geo;

/** What {@link PlaceStore#forEachTown} hands over of a place, its entry number {@code i} making the rest ({@link PlaceStore#entry}). */
@FunctionalInterface
interface TownVisitor {
    void visit(int i, String countryCode, String admin1, double latitude, double longitude, long population);
}
