package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A name its firm holder ({@link Containment#firmHolder}) knows no reading of is read, where it can be, as a
 * spelling variant of a place inside the holder: "Anaba, Panjshir" is 'Unabah of Panjshir, not Annaba, Algeria.
 * A consonant skeleton alone finds too many names ({@link NameKey#skeleton}); the holder is the context that
 * picks among them, nearest spelling first. A name with no such variant is left as it is (and then dropped, or
 * coded to its holder, downstream).
 */
final class HeldVariants {
    private final Gazetteer gazetteer;

    HeldVariants(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Replaces, from index {@code first} on, each such name's readings by its held variants. */
    void apply(List<Toponym> out, int first) {
        for (int k = first; k < out.size(); k++) {
            Toponym t = out.get(k);
            Toponym holder = Containment.firmHolder(out, t);
            if (holder == null || t.candidates().stream().anyMatch(e -> Resolver.qualifies(holder, e))) {
                continue;
            }
            String key = NameKey.of(t.text()), h = VariantLookup.gAsHKey(key);
            List<GeoEntry> held = held(key, holder);
            if (held.isEmpty() && !h.equals(key)) {
                // "Zelenyy Gay, Kharkiv": a Russian-style "g" for Ukraine's "h", as spelled or a vowel off
                held = held(h, holder);
                held.removeIf(e -> !VariantLookup.H_FOR_G.contains(e.countryCode()));
            }
            if (!held.isEmpty()) {
                out.set(k, new Toponym(t.text(), t.start(), t.end(), t.sentence(), t.kind(), held, t.ofActor(), held.size(),
                        t.within(), t.inName(), t.listedAfter(), t.village(), t.bearingFrom()));
            }
        }
    }

    /**
     * The readings inside the holder of the nearest spellings that have any, the key's own first (none, for a
     * name whose readings the holder already refused).
     */
    private List<GeoEntry> held(String key, Toponym holder) {
        List<GeoEntry> out = new ArrayList<>();
        double found = Double.MAX_VALUE;
        List<String> keys = new ArrayList<>(List.of(key));
        keys.addAll(gazetteer.allVariantKeys(key)); // nearest first
        for (String v : keys) {
            double d = v.equals(key) ? 0 : NameKey.spellingDistance(key, v);
            if (d > found) {
                break;
            }
            for (GeoEntry e : gazetteer.places(v)) {
                if (Resolver.qualifies(holder, e) && !out.contains(e)) {
                    out.add(e);
                    found = d;
                }
            }
        }
        return out;
    }
}
