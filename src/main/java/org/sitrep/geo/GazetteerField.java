package org.sitrep.geo;

/**
 * The columns of a Sitrep place file ({@code places.tsv.gz}), shared by the writer
 * ({@link GeoNamesImport}, {@code scripts/build-gazetteer.py}) and the reader ({@link MemoryGazetteer}).
 */
public enum GazetteerField {
    GEONAMES_ID, NAME, ASCII_NAME, ALTERNATE_NAMES, LATITUDE, LONGITUDE, FEATURE_CLASS, FEATURE_CODE,
    COUNTRY_CODE, ADMIN1_CODE, ADMIN2_CODE, POPULATION;

    /** Separator of the alternate names inside {@link #ALTERNATE_NAMES}. */
    public static final char NAME_SEPARATOR = '|';

    public int column() {
        return ordinal();
    }

    public static int count() {
        return values().length;
    }
}
