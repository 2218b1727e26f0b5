package org.sitrep.geo;

import org.sitrep.nlp.Token;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs of capitalised words that may be names: where one may start ("As-Suwayda", not "As Syrian troops"),
 * where it ends (before a date, a dateline in capitals, a sentence the page ran on), and which spans of it
 * hold together (no comma, no line break inside a name). The finder tries the gazetteer on these spans.
 */
final class NameRuns {
    private final Set<String> connectors;
    private final Set<String> joiners;
    private final Set<String> englishArticles;
    private final Set<String> functionWords;
    private final Set<String> weekdays;
    private final Set<String> notPlaces;

    NameRuns(Set<String> connectors, Set<String> joiners, Set<String> englishArticles, Set<String> functionWords, Set<String> weekdays,
             Set<String> notPlaces) {
        this.connectors = connectors;
        this.joiners = joiners;
        this.englishArticles = englishArticles;
        this.functionWords = functionWords;
        this.weekdays = weekdays;
        this.notPlaces = notPlaces;
    }

    /** End (exclusive) of the run of capitalised words and connectors that starts at {@code i}. */
    int runEnd(List<Token> toks, int i) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            boolean cap = t.isCapitalized() || t.text().contains("-") && endsName(t);
            if (cap && Casing.allCaps(toks.get(j - 1)) != Casing.allCaps(t)) {
                break; // "LONDON The Latest on ...", "Associated Press WASHINGTON (AP)": a dateline in capitals
            }
            if (cap && functionWords.contains(t.lower()) && !connectors.contains(t.lower())) {
                break; // "Parkland, Florida The controversy": a sentence the page ran on, not a longer name
            }
            if (weekdays.contains(t.lower()) || notPlaces.contains(t.lower()) && j + 1 < toks.size()
                    && Character.isDigit(toks.get(j + 1).text().charAt(0))) {
                break; // "arrive in Lagos April 4", "in Kabul Tuesday": a date follows the name
            }
            boolean conn = connectors.contains(t.lower()) && !t.lower().equals("and") && capitalAfterConnectors(toks, j + 1)
                    // "HASAKAH - The army": a dash between spaces separates a dateline, it joins no name
                    && !(t.text().equals("-") && (t.start() > toks.get(j - 1).end() || toks.get(j + 1).start() > t.end()));
            if (!cap && !conn) {
                break;
            }
            j++;
        }
        while (j > i + 1 && connectors.contains(toks.get(j - 1).lower())) {
            j--; // "Sagaing as PDF" broken before the capitals: "as" joins nothing
        }
        return j;
    }

    /** Whether the word joins what follows to the name before it ("Santa Ana del Conde"), not to a place of its own. */
    boolean joinsName(Token t) {
        return !t.isCapitalized() && joiners.contains(t.lower());
    }

    /** Whether a capitalised word follows, past lower-case connectors: "San José de los Baylón". */
    private boolean capitalAfterConnectors(List<Token> toks, int k) {
        while (k < toks.size() && !toks.get(k).isCapitalized() && connectors.contains(toks.get(k).lower())) {
            k++;
        }
        return k < toks.size() && toks.get(k).isCapitalized();
    }

    /** "Yinmarbin": a Burmese syllable's "ar" that spells a plain "a". */
    static final Pattern BURMESE_AR = Pattern.compile("(a)r(?![aeiou])");
    /** "Elwak", "Alhol", "Jisr Elshoghur": the article joined to a word of the name. */
    static final Pattern JOINED_ARTICLE = Pattern.compile("\\b(El|Al)(\\p{Ll}{3,})\\b");
    /** "al-Bab", "ar-Raqqa", "el-Arish": Arabic's article in lower case, hyphened to a capitalised name. */
    static final Pattern LOWER_ARTICLE_NAME =
            Pattern.compile("(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|et|ez|en)-\\p{Lu}.*");

    boolean startsName(List<Token> toks, int i, boolean titleCase) {
        Token t = toks.get(i);
        if (!t.isCapitalized()) {
            return LOWER_ARTICLE_NAME.matcher(t.text()).matches();
        }
        String low = t.lower();
        if (englishArticles.contains(low)) {
            // "As-Suwayda" is a name; "As Syrian troops advanced" is not. Inside a sentence of running text a
            // capitalised article before a name is the name's own, as the gazetteer writes it: "in As Saqlawiyah",
            // "in Ad Dawr" (SpellingAndContainmentScenarioTest)
            return t.text().length() > 2 && t.text().charAt(2) == '-'
                    || !titleCase && i > 0 && i + 1 < toks.size() && !toks.get(i - 1).isCapitalized()
                    && toks.get(i + 1).isCapitalized() && !functionWords.contains(toks.get(i + 1).lower());
        }
        return true;
    }

    static boolean endsName(Token t) {
        String s = t.text();
        int dash = s.lastIndexOf('-');
        if (dash > 1 && s.length() - dash - 1 <= 2 && t.isCapitalized() && Character.isLetter(s.charAt(s.length() - 1))) {
            return true; // "Hpa-an", "Tada-u": a short syllable after the hyphen, no "-led" or "-based" of an adjective
        }
        String tail = dash >= 0 && dash < s.length() - 1 ? s.substring(dash + 1) : s;
        return Token.capitalized(tail); // past an ayn that opens the word: "Karim 'Abbas"
    }

    boolean inner(List<Token> toks, int i, int j) {
        for (int k = i + 1; k < j - 1; k++) {
            Token t = toks.get(k);
            // "Democratic People's Republic of Korea": a possessive inside a name the gazetteer holds whole
            if (!t.isCapitalized() && !connectors.contains(t.lower()) && !t.text().contains("-") && !t.lower().equals("'s")) {
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


    /** The index of the first token that starts at or after character {@code end}. */
    int tokenAfter(List<Token> toks, int end) {
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < end) {
            k++;
        }
        return k;
    }
}
