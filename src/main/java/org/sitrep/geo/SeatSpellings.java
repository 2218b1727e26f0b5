package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A province named like its seat answers to the seat's other spellings: "Idleb" and "Hasakeh" name the
 * province as well as the city, as "Idlib" and "Al-Hasakah" do. The division's own entry carries its name only
 * (it is built from the division names, not from a file of places with alternate names).
 */
final class SeatSpellings {
    private SeatSpellings() {
    }

    /**
     * {@code found} with the first-level division its seat (a PPLA) is named like, when not found already;
     * {@code provinceName}: (country, admin1) to the division's name; {@code lookup}: a key to its places.
     */
    static List<GeoEntry> withProvince(List<GeoEntry> found, BinaryOperator<String> provinceName, Function<String, List<GeoEntry>> lookup) {
        GeoEntry seat = firstSeat(found);
        if (seat == null) {
            return found;
        }
        String province = provinceName.apply(seat.countryCode(), seat.admin1());
        String bare = NameKey.withoutArticle(NameKey.fold(MemoryGazetteer.REGION_SUFFIX.matcher(province).replaceAll("")));
        if (province.isEmpty() || !bare.equals(NameKey.withoutArticle(NameKey.fold(seat.name())))
                || found.stream().anyMatch(e -> isProvinceOf(e, seat))) {
            return found;
        }
        List<GeoEntry> out = new ArrayList<>(found);
        lookup.apply(NameKey.of(province)).stream().filter(e -> isProvinceOf(e, seat)).findFirst().ifPresent(out::add);
        return out.size() == found.size() ? found : List.copyOf(out);
    }

    /** The first PPLA found, else null: every lookup passes here, so a loop, not a stream. */
    private static GeoEntry firstSeat(List<GeoEntry> found) {
        for (GeoEntry e : found) {
            if (e.featureCode().equals("PPLA")) {
                return e;
            }
        }
        return null;
    }

    private static boolean isProvinceOf(GeoEntry e, GeoEntry seat) {
        return e.isAdmin1() && Nearness.inRegionOf(e, seat);
    }
}
