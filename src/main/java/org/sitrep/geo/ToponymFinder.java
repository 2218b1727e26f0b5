package org.sitrep.geo;

import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds place mentions by matching capitalised token spans against the gazetteer, longest first.
 * No NER model is involved: villages and names inside headlines are found whenever the gazetteer
 * knows them. Capitalised words that are usually not places ("Tuesday", "President") are listed in
 * {@code not-places.txt}; a single word that the same article also writes in lower case is taken
 * for a common word, not a place.
 */
public final class ToponymFinder {
    /** Lower-case words allowed inside a name: "Deir ez-Zor", "Gulf of Aden", "Ras al Ain". */
    private static final Set<String> CONNECTORS = Set.of("al", "el", "ad", "ed", "as", "es", "ash", "ar", "at",
            "az", "ez", "an", "of", "de", "del", "la", "le", "du", "der", "bin", "ibn", "abu", "-", "and");
    /** English words that look like a leading article in "As Suwayda" but start ordinary sentences. */
    private static final Set<String> ENGLISH_ARTICLES = Set.of("as", "an", "at", "es", "en", "ad");

    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;

    public ToponymFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notPlaces = readList("/sitrep/geo/not-places.txt");
    }

    static Set<String> readList(String resource) {
        var in = ToponymFinder.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the classpath");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
        return out;
    }

    public List<Toponym> find(AnalyzedText doc) {
        Set<String> lowerWords = lowerCaseVocabulary(doc);
        List<Toponym> out = new ArrayList<>();
        int maxWords = gazetteer.maxNameWords();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            boolean titleCase = titleCase(toks);
            int i = 0;
            while (i < toks.size()) {
                Toponym best = null;
                if (startsName(toks, i)) {
                    int runEnd = titleCase ? toks.size() : runEnd(toks, i);
                    for (int j = Math.min(toks.size(), i + maxWords); j > i && best == null; j--) {
                        if (!endsName(toks.get(j - 1)) || !inner(toks, i, j)) {
                            continue;
                        }
                        best = match(doc.text(), s.index(), toks, i, j, lowerWords);
                        // "Tel Hawa", "Syrian Observatory for Human Rights": a place must be the whole
                        // capitalised name, not a piece of a longer unknown one
                        if (best != null && best.kind() == Toponym.Kind.PLACE && j < runEnd
                                && !GENERIC_SUFFIXES.contains(toks.get(j).lower())) {
                            best = null;
                        }
                    }
                }
                if (best != null) {
                    out.add(best);
                    while (i < toks.size() && toks.get(i).start() < best.end()) {
                        i++;
                    }
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** Words that may follow a place name inside a capitalised run: "Idlib Province", "Mosul Dam". */
    private static final Set<String> GENERIC_SUFFIXES = Set.of("province", "governorate", "region", "district",
            "city", "town", "countryside", "border", "airport", "dam", "river", "valley", "plain", "mountains",
            "subdistrict", "county", "state", "area", "camp", "crossing", "road", "highway", "base", "airbase",
            // bodies named after their town: "Manbij Military Council", "Mosul Police"
            "military", "council", "police", "municipality", "governor", "brigade", "brigades", "front", "operations");

    /** End (exclusive) of the run of capitalised words and connectors that starts at {@code i}. */
    private static int runEnd(List<Token> toks, int i) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            boolean cap = t.isCapitalized() || t.text().contains("-") && endsName(t);
            boolean conn = CONNECTORS.contains(t.lower()) && !t.lower().equals("and") && j + 1 < toks.size()
                    && toks.get(j + 1).isCapitalized();
            if (!cap && !conn) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Headlines in title case capitalise every word: the run rule cannot apply there. */
    private static boolean titleCase(List<Token> toks) {
        int words = 0, caps = 0;
        for (Token t : toks) {
            if (!t.text().isEmpty() && Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.isCapitalized()) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps >= 0.7 * words;
    }

    private boolean startsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isCapitalized()) {
            return false;
        }
        String low = t.lower();
        if (ENGLISH_ARTICLES.contains(low)) {
            // "As-Suwayda" is a name; "As Syrian troops advanced" is not.
            return t.text().length() > 2 && t.text().charAt(2) == '-';
        }
        return true;
    }

    private static boolean endsName(Token t) {
        String s = t.text();
        int dash = s.lastIndexOf('-');
        String tail = dash >= 0 && dash < s.length() - 1 ? s.substring(dash + 1) : s;
        return !tail.isEmpty() && Character.isUpperCase(tail.codePointAt(0));
    }

    private static boolean inner(List<Token> toks, int i, int j) {
        for (int k = i + 1; k < j - 1; k++) {
            Token t = toks.get(k);
            if (!t.isCapitalized() && !CONNECTORS.contains(t.lower()) && !t.text().contains("-")) {
                return false;
            }
            if (t.text().equals(",") || t.text().equals(".")) {
                return false;
            }
        }
        // tokens must be contiguous apart from single spaces or hyphens: no line breaks inside a name
        for (int k = i + 1; k < j; k++) {
            int gap = toks.get(k).start() - toks.get(k - 1).end();
            if (gap > 1) {
                return false;
            }
        }
        return true;
    }

    private Toponym match(String text, int sentence, List<Token> toks, int i, int j, Set<String> lowerWords) {
        int start = toks.get(i).start(), end = toks.get(j - 1).end();
        String surface = text.substring(start, end);
        String lower = surface.toLowerCase(Locale.ROOT);
        if (notPlaces.contains(lower) || (j - i == 1 && lowerWords.contains(lower))) {
            return null;
        }
        String key = NameKey.of(surface);
        if (key.isEmpty()) {
            return null;
        }
        var country = gazetteer.countryByKey(key);
        if (country.isPresent()) {
            Toponym.Kind kind = country.get().demonym() ? Toponym.Kind.DEMONYM : Toponym.Kind.COUNTRY;
            return new Toponym(surface, start, end, sentence, kind, List.of(country.get().country().asEntry()));
        }
        // "SANA", "NPA", "We": short capitals are agencies and parties, short words are not towns
        boolean acronym = surface.length() <= 4 && surface.equals(surface.toUpperCase(Locale.ROOT));
        if (j - i == 1 && (surface.length() < 3 || acronym)) {
            return null;
        }
        List<GeoEntry> c = gazetteer.places(key);
        if (c.isEmpty()) {
            return null;
        }
        return new Toponym(surface, start, end, sentence, Toponym.Kind.PLACE, c);
    }

    private static Set<String> lowerCaseVocabulary(AnalyzedText doc) {
        Set<String> words = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
