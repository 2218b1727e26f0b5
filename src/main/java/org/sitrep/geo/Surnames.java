package org.sitrep.geo;

import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The surnames of an article's people, which are then no places where the article writes them alone. */
final class Surnames {
    private final Gazetteer gazetteer;
    private final Set<String> titles;
    private final Set<String> functionWords;
    private final Set<String> placePrefixes;
    private final VariantLookup variants;
    private final Set<String> givenNames;

    Surnames(Gazetteer gazetteer, Set<String> titles, Set<String> functionWords, Set<String> placePrefixes,
             VariantLookup variants, Set<String> givenNames) {
        this.givenNames = givenNames;
        this.gazetteer = gazetteer;
        this.titles = titles;
        this.functionWords = functionWords;
        this.placePrefixes = placePrefixes;
        this.variants = variants;
    }

    /** Whether a name is a place more than a village's: persons' first names are often villages too. */
    private boolean placeName(String text) {
        for (GeoEntry e : gazetteer.places(NameKey.of(text))) {
            if (!Resolver.isVillage(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word is a common given name (lexicon/words/given-names.txt). */
    boolean givenName(String lower) {
        return givenNames.contains(lower);
    }

    /** Population from which a city's name, written as a surname would be, is still taken for the city. */
    static final long SURNAME_PROOF_CITY = 1_000_000;

    /**
     * A first-level division or a city of at least {@code population}, spelled as written: as written, not
     * folded ("Kill" is no Kiel).
     */
    boolean majorPlace(String text, long population) {
        return gazetteer.places(NameKey.of(text)).stream().anyMatch(e -> (e.isAdmin1() || e.population() >= population)
                && (e.name().equalsIgnoreCase(text) || e.asciiName().equalsIgnoreCase(text)));
    }

    /**
     * A province or a city of millions: after an unknown capitalised word ("Connecting California", "Baseball
     * Toronto") it is no surname, where "Tom Jackson" keeps his.
     */
    boolean surnameProof(String text) {
        return majorPlace(text, SURNAME_PROOF_CITY);
    }

    /**
     * Surnames of the article's people: the word after a title ("President Trump"), and the last word of a
     * two- or three-word capitalised run that starts with a word the gazetteer does not know as a place
     * ("Jacob Zuma", "Ricardo Anaya").
     */
    Set<String> of(AnalyzedText doc) {
        Set<String> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            if (Casing.titleCase(toks)) {
                continue;
            }
            for (int i = 0; i + 1 < toks.size(); i++) {
                Token a = toks.get(i), b = toks.get(i + 1);
                if (!b.isCapitalized() || !Character.isLetter(b.text().charAt(0)) || b.text().length() < 3) {
                    continue;
                }
                if (titles.contains(a.lower())) {
                    out.add(b.text());
                    continue;
                }
                if (ToponymFinder.isNameWord(a, functionWords) && (i == 0 || !toks.get(i - 1).isCapitalized() || functionWords.contains(toks.get(i - 1).lower()))
                        && (i + 2 >= toks.size() || !toks.get(i + 2).isCapitalized())
                        && !placePrefixes.contains(a.lower()) && !b.text().equals(b.text().toUpperCase(Locale.ROOT))
                        && (!placeName(a.text()) || givenNames.contains(a.lower())) // "Ashley Sutton", "Barry Jones"
                        && gazetteer.countryByKey(NameKey.of(a.text())).isEmpty()
                        && !placeName(a.text() + " " + b.text()) && !surnameProof(b.text()) // "Connecting California"
                        // "Though London's total": a sentence's first word capitalised only for being first
                        && !(i == 0 && variants.isEnglishWord(a.lower()))) {
                    out.add(b.text());
                }
            }
        }
        return out;
    }
}
