package org.sitrep.geo;

import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The place names inside hyphened words, which the tokenizer keeps whole: "Syrian-Turkish", "London-based". */
final class HyphenParts {
    private final Gazetteer gazetteer;
    private final Set<String> englishArticles;
    private final Set<String> notPlaces;
    private final Set<String> commonWords;

    HyphenParts(Gazetteer gazetteer, Set<String> englishArticles, Set<String> notPlaces, Set<String> commonWords) {
        this.gazetteer = gazetteer;
        this.englishArticles = englishArticles;
        this.notPlaces = notPlaces;
        this.commonWords = commonWords;
    }

    /** Least population of a town named inside a hyphened word ("London-based", "Amsterdam-London"). */
    static final long HYPHEN_PART_POPULATION = 100_000;

    /**
     * Names inside a hyphened word no name spans: "Syrian-Turkish", "US-based", "anti-Russian",
     * "Turkish-backed" (a nationality qualifying an actor), "Amsterdam-London". A part counts when it is a
     * country, a nationality, or a town of at least {@link #HYPHEN_PART_POPULATION} that is no English word.
     */
    List<Toponym> find(String text, int sentence, Token t, Set<String> lowerWords) {
        String w = t.text();
        if (w.indexOf('-') < 0 || NameRuns.LOWER_ARTICLE_NAME.matcher(w).matches()) {
            return List.of();
        }
        List<Toponym> out = new ArrayList<>();
        String[] parts = w.split("-", -1);
        int at = t.start();
        for (int p = 0; p < parts.length; at += parts[p].length() + 1, p++) {
            String part = parts[p];
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || englishArticles.contains(part.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String key = NameKey.of(part);
            var country = gazetteer.countryByKey(key);
            if (country.isPresent()) {
                Toponym.Kind kind = country.get().demonym() ? Toponym.Kind.DEMONYM : Toponym.Kind.COUNTRY;
                boolean ofActor = kind == Toponym.Kind.DEMONYM && p + 1 < parts.length && parts[p + 1].equalsIgnoreCase("backed");
                out.add(new Toponym(part, at, at + part.length(), sentence, kind, List.of(country.get().country().asEntry()), ofActor));
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            if (part.length() < 4 || notPlaces.contains(lower) || commonWords.contains(lower) || lowerWords.contains(lower)) {
                continue;
            }
            List<GeoEntry> all = gazetteer.places(key);
            // "Nelson-Creston", "the Hakha-Falam road": two towns near each other, whatever their size
            boolean big = all.stream().anyMatch(e -> Resolver.population(e) >= HYPHEN_PART_POPULATION);
            // ... the whole pair: "the Juarez-Casas Grandes highway" runs on to a longer name
            boolean runsOn = text.startsWith(" ", t.end()) && t.end() + 1 < text.length() && Character.isUpperCase(text.charAt(t.end() + 1))
                    || t.start() > 1 && text.charAt(t.start() - 1) == ' ' && Character.isUpperCase(text.charAt(wordStart(text, t.start() - 1)));
            List<GeoEntry> paired = big || runsOn ? List.of() : pairedTowns(all, parts, p);
            if (!paired.isEmpty()) {
                out.add(new Toponym(part, at, at + part.length(), sentence, Toponym.Kind.PLACE, paired));
            } else if (big) {
                // "London-based" means the city; in a pair of names (a road's ends) which town of the name
                // is for the article to say ("the Jerez-Susticacán highway" in Zacatecas is not Spain's Jerez)
                boolean pair = p > 0 && capitalised(parts[p - 1]) || p + 1 < parts.length && capitalised(parts[p + 1]);
                List<GeoEntry> towns = all.stream().filter(e -> pair ? !Resolver.isVillage(e)
                        : Resolver.population(e) >= HYPHEN_PART_POPULATION).toList();
                out.add(new Toponym(part, at, at + part.length(), sentence, Toponym.Kind.PLACE, towns));
            }
        }
        return out;
    }

    /** "Angeles-based", "Qaeda-linked": a capitalised word and a lower-case hyphened suffix ("Hpa-an" is one name). */
    private static final Pattern NAME_SUFFIX = Pattern.compile("(\\p{Lu}[^-]*(?:-\\p{Lu}[^-]*)*)(-\\p{Ll}{3,})");

    /**
     * The tokens with a lower-case suffix set apart from the name it is hyphened to, so that a name of
     * several words ends where its last word does: "Abu Dhabi-based", "Los Angeles-based".
     */
    static List<Token> suffixesApart(List<Token> toks) {
        List<Token> out = null;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            Matcher m = NAME_SUFFIX.matcher(t.text());
            if (m.matches() && out == null) {
                out = new ArrayList<>(toks.subList(0, i));
            }
            if (m.matches()) {
                int cut = t.start() + m.end(1);
                out.add(new Token(m.group(1), t.start(), cut));
                out.add(new Token(m.group(2), cut, t.end()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? toks : out;
    }

    /** The towns of part {@code p}'s name that lie near a town of a capitalised part beside it. */
    private List<GeoEntry> pairedTowns(List<GeoEntry> readings, String[] parts, int p) {
        List<GeoEntry> out = new ArrayList<>();
        for (int q : new int[] {p - 1, p + 1}) {
            if (q < 0 || q >= parts.length || parts[q].length() < 4 || !capitalised(parts[q])
                    || commonWords.contains(parts[q].toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<GeoEntry> other = gazetteer.places(NameKey.of(parts[q])).stream().filter(e -> !Resolver.isVillage(e)).toList();
            readings.stream().filter(e -> !Resolver.isVillage(e) && !out.contains(e)
                    && other.stream().anyMatch(o -> o != e && Distance.km(o, e) < Resolver.NEAR_KM)).forEach(out::add);
        }
        return out;
    }

    /** Start of the word that ends just before {@code space}. */
    private static int wordStart(String text, int space) {
        int i = space;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return Math.min(i, space);
    }

    private static boolean capitalised(String part) {
        return !part.isEmpty() && Character.isUpperCase(part.charAt(0));
    }
}
