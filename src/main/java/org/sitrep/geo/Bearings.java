package org.sitrep.geo;

import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;

/**
 * Where a compass word before or after a place moves the event's point: "15 km south of Hama" by the
 * distance stated; "the southern countryside of Idlib", "south of Idlib", "Idlib's southern countryside"
 * into that part of the area, by {@link #AREA_KM}. The words are the lexicon's directions; their bearing
 * is read from the word itself ("north-western" 315), so a user's added spelling needs no code.
 */
final class Bearings {
    /** Farther than this, "N km from X" is a region, not a point near X (ResolverFixtureTest). */
    static final double MAX_OFFSET_KM = 60;
    /**
     * How far "the southern countryside of X" moves the point from X. Under the 25 km that scores an event
     * as placed, so an event at X itself stays placed; on UCDP's headlines the events such phrases report lie
     * mostly 10-40 km out in the stated direction: of 82 moved, 10 km placed 49 and 20 km 53 (7 more, 3 fewer:
     * Daraa's western countryside lies nearer the city than Idlib's southern), 25 km 46 (BearingsTest).
     */
    static final double AREA_KM = 20;
    /** Words between a direction and its place that make an area of the place: "the southern countryside of". */
    private static final java.util.Set<String> AREA_FILLERS = java.util.Set.of("of", "the", "its", "and", "countryside",
            "rural", "area", "areas", "sector", "sectors", "part", "parts", "region", "regions", "'s", "’s");
    /** ... and words that keep it at the place: its outskirts and quarters are the town's. */
    private static final java.util.Set<String> AT_THE_PLACE = java.util.Set.of("outskirts", "suburbs", "suburb", "periphery",
            "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "entrance", "gate", "gates", "city");
    private static final int SPAN = 5;

    private Bearings() {
    }

    /** A compass word's bearing in degrees ("southern" 180, "north-east" 45), else -1 ("central", "up"). */
    static double of(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        if (w.endsWith("ern")) {
            w = w.substring(0, w.length() - 3);
        }
        double ns = w.startsWith("north") ? 0 : w.startsWith("south") ? 180 : -1;
        String rest = ns < 0 ? w : w.substring(5);
        double ew = rest.equals("east") ? 90 : rest.equals("west") ? 270 : rest.isEmpty() ? -1 : -2;
        if (ew == -2 || ns < 0 && ew < 0) {
            return -1;
        }
        if (ns < 0) {
            return ew;
        }
        return ew < 0 ? ns : ns == 0 ? (ew == 90 ? 45 : 315) : (ew == 90 ? 135 : 225);
    }

    /**
     * "15 km south of Al Bukamal" at tokens before {@code ti}: the unnamed spot lies that far on that bearing
     * from the town, whose name stays the location (latitude, longitude); else null.
     */
    static double[] stated(TaggedSentence s, int ti, double lat, double lon) {
        if (ti < 3 || !s.word(ti - 1).equals("of")) {
            return null;
        }
        double bearing = of(s.word(ti - 2));
        if (bearing < 0 || !s.is(ti - 2, WordList.DIRECTIONS)) {
            return null;
        }
        String unit = s.word(ti - 3);
        String number;
        double factor = 1;
        if (unit.equals("km") || unit.startsWith("kilomet") || unit.startsWith("mile")) {
            factor = unit.startsWith("mile") ? 1.609 : 1;
            number = ti >= 4 ? s.word(ti - 4) : "";
        } else if (unit.endsWith("km")) {
            number = unit.substring(0, unit.length() - 2);
        } else {
            return null;
        }
        double km;
        try {
            km = Double.parseDouble(number) * factor;
        } catch (NumberFormatException e) {
            return null; // "several km south of": no figure, no offset
        }
        if (km <= 0 || km > MAX_OFFSET_KM) {
            return null;
        }
        return Distance.offset(lat, lon, km, bearing);
    }

    /**
     * "the southern countryside of X", "south of X", "northern X", "X's southern countryside": the point
     * {@link #AREA_KM} into that part, for X at tokens [ti, te); null when no direction governs X (see
     * {@link #areaBearing}).
     */
    static double[] area(TaggedSentence s, int ti, int te, double lat, double lon) {
        double bearing = areaBearing(s, ti, te);
        return bearing < 0 ? null : Distance.offset(lat, lon, AREA_KM, bearing);
    }

    /**
     * The bearing of the part of X, at tokens [ti, te), that a compass word names: "the southern countryside
     * of X", "south of X", "northern X", "X's southern countryside"; -1 when no direction governs X, when the
     * words keep it at X ("the western outskirts of Aleppo") or state a distance (see {@link #stated}).
     * Two directions ("the southern and eastern countryside") name the part between them.
     */
    static double areaBearing(TaggedSentence s, int ti, int te) {
        double x = 0, y = 0;
        int found = 0;
        for (int k = ti - 1; k >= Math.max(0, ti - SPAN); k--) {
            String w = s.word(k);
            if (AT_THE_PLACE.contains(w)) {
                return -1;
            }
            double b = s.is(k, WordList.DIRECTIONS) ? of(w) : -1;
            if (b >= 0) {
                if (k > 0 && (s.word(k - 1).equals("km") || s.word(k - 1).matches("\\d.*"))) {
                    return -1; // "15 km south of": a stated distance, moved by that
                }
                x += Math.sin(Math.toRadians(b));
                y += Math.cos(Math.toRadians(b));
                found++;
            } else if (!AREA_FILLERS.contains(w)) {
                break;
            }
        }
        if (found == 0) {
            // "Idlib's southern countryside", "Daraa western countryside": the direction after the name, then the area
            int k = te < s.size() && (s.word(te).equals("'s") || s.word(te).equals("’s")) ? te + 1 : te;
            double b = k + 1 < s.size() && s.is(k, WordList.DIRECTIONS) ? of(s.word(k)) : -1;
            if (b < 0 || !(s.word(k + 1).equals("countryside") || s.word(k + 1).equals("rural"))) {
                return -1;
            }
            x = Math.sin(Math.toRadians(b));
            y = Math.cos(Math.toRadians(b));
        }
        if (Math.hypot(x, y) < 1e-6) {
            return -1; // "north and south of X": no side
        }
        return (Math.toDegrees(Math.atan2(x, y)) + 360) % 360;
    }
}
