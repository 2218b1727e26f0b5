package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name the article once places explicitly ("Parkland, Florida", "Ijara in Garissa county") means that
 * place wherever the article repeats it bare: the reporter does not switch Parklands mid-story.
 * Only a reading the text itself placed spreads, and only to mentions that have it among their candidates
 * and are not placed by the text otherwise.
 */
final class OneSensePerName {
    private OneSensePerName() {
    }

    static List<Resolved> apply(List<Resolved> resolved) {
        Map<String, GeoEntry> placed = new HashMap<>();
        for (Resolved r : resolved) {
            Toponym t = r.toponym();
            if (t.kind() == Toponym.Kind.PLACE && VillagePlacement.heldAsWritten(resolved, r)) {
                placed.putIfAbsent(NameKey.of(t.text()), r.place());
            }
        }
        // "Suffolk County" named with its word: "the Suffolk Times", "in Suffolk" are that county, unless the
        // bare name has a reading inside it ("Idlib province ... in Idlib" may be the city)
        Map<String, GeoEntry> divisions = new HashMap<>();
        for (Resolved r : resolved) {
            var word = MemoryGazetteer.REGION_SUFFIX.matcher(r.toponym().text());
            if (r.place().featureClass() == 'A' && !r.place().isCountry() && word.find()) {
                divisions.putIfAbsent(NameKey.of(r.toponym().text().substring(0, word.start())), r.place());
            } else if (r.place().isAdmin1() && abbreviation(r.toponym().text())) { // "Camp Murray, Wash." ... "Washington"
                divisions.putIfAbsent(NameKey.of(MemoryGazetteer.REGION_SUFFIX.matcher(r.place().name()).replaceAll("")), r.place());
            }
        }
        if (placed.isEmpty() && divisions.isEmpty()) {
            return resolved;
        }
        List<Resolved> out = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            String key = NameKey.of(r.toponym().text());
            GeoEntry p = placed.get(key);
            GeoEntry d = divisions.get(key);
            if (p != null && r.toponym().within() < 0 && !p.equals(r.place()) && r.toponym().candidates().contains(p)) {
                out.add(new Resolved(r.toponym(), p, r.score(), r.runnersUp()));
            } else if (d != null && r.toponym().within() < 0 && r.toponym().kind() == Toponym.Kind.PLACE
                    && r.toponym().candidates().stream().noneMatch(c -> !c.equals(d) && inside(c, d))) {
                out.add(new Resolved(r.toponym(), d, r.score(), r.runnersUp()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean inside(GeoEntry e, GeoEntry division) {
        return e.countryCode().equals(division.countryCode()) && e.admin1().equals(division.admin1())
                && (division.isAdmin1() || e.admin2().equals(division.admin2()));
    }

    /** "Wash.", "TX", "NSW": how Abbreviations writes a division. */
    private static boolean abbreviation(String text) {
        return text.length() <= 6 && (text.endsWith(".") || text.equals(text.toUpperCase(java.util.Locale.ROOT)));
    }
}
