package org.sitrep.geo;

/**
 * The columns of a Sitrep place file ({@code places.tsv.gz}, {@code wof-places.tsv.gz}), shared by the
 * writers ({@link GeoNamesImport}, {@code scripts/build-gazetteer.py}, {@code scripts/build-wof.py}) and the
 * reader ({@link MemoryGazetteer}). A negative {@link #GEONAMES_ID} is a place without a GeoNames id (minus
 * its Who's On First id): it is read as 0, as {@link GeoEntry} has it.
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
