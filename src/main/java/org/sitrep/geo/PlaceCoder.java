package org.sitrep.geo;

import org.sitrep.model.Place;

/** Turns a gazetteer entry into an event's {@link Place}, with admin names and country spelled out. */
public final class PlaceCoder {
    private final Gazetteer gazetteer;

    public PlaceCoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Place code(GeoEntry e, int precision) {
        Country c = gazetteer.country(e.countryCode()).orElse(null);
        // an area within a country ("Eastern Ghouta") lies in the province whose seat is nearest its point
        String code1 = e.featureCode().equals("RGN") && !e.countryCode().isEmpty() && e.admin1().isEmpty()
                ? gazetteer.admin1Near(e.countryCode(), e.latitude(), e.longitude()) : e.admin1();
        String admin1 = e.isCountry() ? "" : gazetteer.admin1Name(e.countryCode(), code1);
        String admin2 = e.isCountry() || e.isAdmin1() ? "" : gazetteer.admin2Name(e.countryCode(), e.admin1(), e.admin2());
        return new Place(e.plainName(), e.latitude(), e.longitude(), e.countryCode(), c == null ? e.countryCode() : c.name(),
                c == null ? "" : c.iso3(), admin1, admin2, e.geonamesId() == 0 ? null : e.geonamesId(), e.featureCode(),
                precision);
    }

    /** A region named alone is coded to its seat (ACLED: the provincial capital), precision 3. */
    public Place codeRegion(GeoEntry region) {
        return gazetteer.admin1Seat(region.countryCode(), region.admin1()).map(seat -> code(seat, 3))
                .orElseGet(() -> code(region, 3));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
