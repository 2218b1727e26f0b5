package org.sitrep.geo;

import java.util.List;
import java.util.Optional;

/**
 * The read side of the gazetteer: places by name key, countries by code or name, admin names by
 * code. The resolver depends on this interface only, so a test can hand it a small fixture.
 */
public interface Gazetteer {
    /** Places whose name or alternate name folds to {@code key} ({@link NameKey#of}); never null. */
    List<GeoEntry> places(String key);

    /**
     * Keys of the names spelled nearest {@code key} up to transliteration ("tel tamr" → "tal tamr"; "kafr
     * dael" → "kafr dail", not the farther "kafer dahel"), never {@code key} itself; empty where no such
     * name is known or the gazetteer offers none.
     */
    List<String> variantKeys(String key);

    /**
     * Keys of every name {@link #variantKeys} weighs for {@code key}, not only the nearest: for a name whose
     * context (the province that holds it) picks among them. Nearest first; never {@code key} itself.
     */
    List<String> allVariantKeys(String key);

    /** A country named or demonym'd by {@code key}, with whether the key was a demonym. */
    Optional<CountryMatch> countryByKey(String key);

    Optional<Country> country(String iso2);

    /** Name of a first-level division, e.g. ("SY", "01") → "Al-Hasakah"; empty when unknown. */
    String admin1Name(String countryCode, String admin1);

    String admin2Name(String countryCode, String admin1, String admin2);

    /** The seat of a first-level division (a PPLA place), for coding events to a region's capital. */
    Optional<GeoEntry> admin1Seat(String countryCode, String admin1);

    /**
     * The town that stands for the part of a first-level division toward {@code bearing} (degrees): "northern
     * Shan State" is Lashio's; empty when the division has too few towns to have parts.
     */
    Optional<GeoEntry> admin1Part(String countryCode, String admin1, double bearing);

    /**
     * The code of the country's first-level division that holds the provincial or district seat nearest the
     * point, "" when none has one: the Homs desert is Homs province's, though Raqqa city is nearer than Homs.
     */
    String admin1Near(String countryCode, double latitude, double longitude);

    /** Longest name, in words, the index holds: the matcher never tries longer spans. */
    int maxNameWords();

    int size();

    record CountryMatch(Country country, boolean demonym) {
    }
}
