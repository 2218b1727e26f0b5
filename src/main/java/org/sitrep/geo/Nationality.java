package org.sitrep.geo;

import org.sitrep.nlp.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** What a country's name or nationality word means where it stands: a qualifier of forces, a state, a division. */
final class Nationality {
    private Nationality() {
    }

    /** "Turkish forces", "Russian and Turkish troops", "Turkish-backed": a nationality qualifying an actor. */
    static boolean qualifiesActor(List<Token> toks, int j, Set<String> actorNouns) {
        // "Russian and Turkish forces": look past the coordination only
        return nounAfter(toks, j, w -> actorNouns.contains(w) || w.endsWith("-backed"), w -> w.equals("and") || w.equals(","));
    }

    /** Whether the name before token {@code j} is a people's: "Pokot raiders", "Samburu and Turkana herders". */
    static boolean qualifiesPeople(List<Token> toks, int j, Set<String> peopleNouns) {
        return nounAfter(toks, j, peopleNouns::contains, w -> w.equals("and") || w.equals(","));
    }

    /** Words that may stand between a nationality and a force that serves at home ("Iraqi federal police"). */
    private static final Set<String> FORCE_MODIFIERS = Set.of("federal", "local", "national", "riot", "traffic");

    /** Whether the nationality before token {@code j} is of a force that serves at home ("Iraqi police"). */
    static boolean homeForce(List<Token> toks, int j, Set<String> homeForces) {
        // ... and a government's own forces: "Syrian government forces" fight at home, "Russian forces" abroad
        return nounAfter(toks, j, homeForces::contains, FORCE_MODIFIERS::contains) || j + 1 < toks.size()
                && toks.get(j).lower().equals("government") && GOVERNMENT_FORCES.contains(toks.get(j + 1).lower());
    }

    private static final Set<String> GOVERNMENT_FORCES = Set.of("forces", "troops", "soldiers");

    /**
     * Whether one of the three tokens from {@code j} is a {@code noun}, with only capitalised words and
     * {@code between} words before it.
     */
    private static boolean nounAfter(List<Token> toks, int j, Predicate<String> noun, Predicate<String> between) {
        for (int k = j; k < Math.min(toks.size(), j + 3); k++) {
            String w = toks.get(k).lower();
            if (noun.test(w)) {
                return true;
            }
            if (!(between.test(w) || Character.isUpperCase(toks.get(k).text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first-level divisions of other countries that bear a country's name as their own: Georgia the US
     * state, Niger the Nigerian state. Which one a text means is the article's to say (Resolver).
     */
    static List<GeoEntry> divisionsAbroad(Gazetteer gazetteer, Country country, String key) {
        if (!NameKey.of(country.name()).equals(key)) {
            return List.of(); // by the country's own name only, not "Sakartvelo"
        }
        String folded = NameKey.fold(country.name());
        return gazetteer.places(key).stream().filter(e -> e.isAdmin1() && !e.countryCode().equals(country.iso2())
                && Resolver.ownName(e, folded)).toList();
    }

    /** Share of the article's country votes that makes a country's name its division abroad ("Georgia" in a US story). */
    static final double DIVISION_FOCUS_SHARE = 0.5;

    /** The country a name means, or a division abroad of its name when the article is about that division's country. */
    static GeoEntry countryOrDivision(Toponym t, Map<String, Double> focus, List<Toponym> toponyms) {
        GeoEntry country = t.candidates().get(0);
        double total = focus.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Toponym o : toponyms) { // "Nigeria, Niger and Chad": a list of countries names countries
            if (o != t && o.kind() == Toponym.Kind.COUNTRY && (o.start() == t.listedAfter() || o.listedAfter() == t.start())) {
                return country;
            }
        }
        for (GeoEntry d : t.candidates().subList(1, t.candidates().size())) {
            double share = focus.getOrDefault(d.countryCode(), 0.0);
            if (share > focus.getOrDefault(country.countryCode(), 0.0) && share >= DIVISION_FOCUS_SHARE * total) {
                return d;
            }
        }
        return country;
    }
}
