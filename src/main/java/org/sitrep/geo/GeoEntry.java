package org.sitrep.geo;

/**
 * One gazetteer place. {@code geonamesId} is 0 for entries that did not come from a GeoNames id
 * (administrative regions and countries built from code tables).
 */
public record GeoEntry(long geonamesId, String name, String asciiName, double latitude, double longitude, char featureClass,
                       String featureCode, String countryCode, String admin1, String admin2, long population) {

    /** The name in ASCII letters, as ACLED writes locations ("Ad Darbasiyah"). */
    /**
     * The name in plain letters, as events show it: GeoNames' ASCII form without the backticks it writes
     * for the Arabic ayn ("Ma`arrat an Nu`man" shows as "Maarrat an Numan").
     */
    public String plainName() {
        String n = asciiName == null || asciiName.isEmpty() ? name : asciiName;
        return n.indexOf('`') < 0 ? n : n.replace("`", "").replaceAll("\\s+", " ").strip();
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    /** Rank of the feature among same-named places: capitals and seats of government first. */
    public int featureRank() {
        return switch (featureCode) {
            case "PCLI", "PCL" -> 6;
            case "PPLC" -> 5;
            case "ADM1" -> 4;
            case "PPLA" -> 4;
            case "PPLA2" -> 3;
            case "PPLA3" -> 2;
            case "PPLA4", "PPL", "PPLX" -> 1;
            default -> 0;
        };
    }
}
