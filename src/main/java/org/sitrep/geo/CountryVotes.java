package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The article's votes for the countries it is about, as the resolver counts and withdraws them. */
final class CountryVotes {
    private CountryVotes() {
    }

    /** Takes one place's vote for {@code cc} back, dropping the country when no vote is left. */
    static void withdraw(Map<String, Double> votes, String cc) {
        votes.computeIfPresent(cc, (k, v) -> v > 1.0 + 1e-9 ? v - 1.0 : null);
    }

    /** The article's countries without the votes the name itself cast, for any country. */
    static Map<String, Double> othersThan(Map<String, Double> focus, Map<String, Double> ownVotes, Toponym t) {
        // every vote the name cast itself, for any country: "Bahcesaray" alone is no evidence for Ukraine's
        // Bakhchysarai against the Turkish town
        String prefix = NameKey.of(t.text()) + '\t';
        Map<String, Double> out = new HashMap<>(focus);
        for (var v : ownVotes.entrySet()) {
            if (v.getKey().startsWith(prefix)) {
                String cc = v.getKey().substring(prefix.length());
                double left = out.getOrDefault(cc, 0.0) - v.getValue();
                if (left <= 1e-9) {
                    out.remove(cc);
                } else {
                    out.put(cc, left);
                }
            }
        }
        return out;
    }

    /** The one country all the readings lie in, or null. */
    static String single(List<GeoEntry> candidates) {
        String cc = null;
        for (GeoEntry e : candidates) {
            if (cc == null) {
                cc = e.countryCode();
            } else if (!cc.equals(e.countryCode())) {
                return null;
            }
        }
        return cc;
    }
}
