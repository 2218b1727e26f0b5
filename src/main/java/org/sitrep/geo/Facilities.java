package org.sitrep.geo;

import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Named buildings and grounds the text places in a town: "the New Bilibid Prison in Muntinlupa", "the
 * Palais des Nations in Geneva", "Brooklyn's Barclays Center". The gazetteer has no entry for them, but the
 * text says where they are, so each is a mention of that town's place. Names inside them ("The Colony" in
 * "The Colony Theatre in Los Angeles") are parts of the facility's name, not mentions of their own.
 */
final class Facilities {
    /** Most capitalised words a facility's name may have ("Bambino Gesu Paediatric Hospital"). */
    static final int MAX_WORDS = 6;

    private final Set<String> heads;
    private final Set<String> connectors;

    /**
     * @param heads      the words that make a capitalised run a facility's name ("Hospital", "Center")
     * @param connectors lower-case words allowed inside a name ("of", "des")
     */
    Facilities(Set<String> heads, Set<String> connectors) {
        this.heads = heads;
        this.connectors = connectors;
    }

    /** The resolved mentions with the facilities the text places in them added, in text order. */
    List<Resolved> add(AnalyzedText doc, List<Resolved> resolved) {
        List<Resolved> facilities = new ArrayList<>();
        for (Resolved r : resolved) {
            Toponym t = r.toponym();
            if (t.kind() != Toponym.Kind.PLACE || t.inName() || t.sentence() >= doc.sentences().size()) {
                continue;
            }
            Sentence s = doc.sentences().get(t.sentence());
            List<Token> toks = s.tokens();
            int first = s.tokenIndex(t.start()), last = s.tokenIndex(t.end() - 1);
            int[] span = null;
            if (first >= 2 && isLink(toks.get(first - 1))) {
                span = nameEndingAt(toks, first - 2); // "the New Bilibid Prison in Muntinlupa", "Convention Centre, Dublin"
            }
            if (span == null && last + 2 < toks.size() && isPossessive(toks.get(last + 1))) {
                span = nameStartingAt(toks, last + 2); // "Brooklyn's Barclays Center"
            }
            if (span != null) {
                int start = toks.get(span[0]).start(), end = toks.get(span[1]).end();
                Toponym f = new Toponym(doc.text().substring(start, end), start, end, t.sentence(), Toponym.Kind.PLACE,
                        List.of(r.place()));
                facilities.add(new Resolved(f, r.place(), r.score(), List.of()));
            }
        }
        if (facilities.isEmpty()) {
            return resolved;
        }
        List<Resolved> out = new ArrayList<>(resolved.size() + facilities.size());
        for (Resolved r : resolved) {
            if (facilities.stream().noneMatch(f -> f.toponym().start() <= r.toponym().start() && r.toponym().end() <= f.toponym().end())) {
                out.add(r);
            }
        }
        for (Resolved f : facilities) {
            if (out.stream().noneMatch(o -> o.toponym().start() == f.toponym().start())) {
                out.add(f);
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r.toponym().start()));
        return out;
    }

    private static boolean isLink(Token t) {
        return t.lower().equals("in") || t.lower().equals("at") || t.text().equals(",");
    }

    private static boolean isPossessive(Token t) {
        return t.text().equals("'s") || t.text().equals("\u2019s");
    }

    /** [first, last] of a facility's name ending at token {@code last}, or null. */
    private int[] nameEndingAt(List<Token> toks, int last) {
        int i = last;
        boolean head = false;
        while (i >= 0 && last - i < MAX_WORDS && (toks.get(i).isCapitalized() || connectors.contains(toks.get(i).lower()) && i < last)) {
            head |= heads.contains(toks.get(i).lower());
            i--;
        }
        int first = i + 1;
        while (first < last && !toks.get(first).isCapitalized()) { // "the" before the name; "The Colony Theatre" keeps its own
            first++;
        }
        return head && toks.get(last).isCapitalized() ? new int[] {first, last} : null;
    }

    /** [first, last] of a facility's name starting at token {@code first}, or null. */
    private int[] nameStartingAt(List<Token> toks, int first) {
        int j = first;
        int lastHead = -1;
        while (j < toks.size() && j - first < MAX_WORDS && (toks.get(j).isCapitalized() || connectors.contains(toks.get(j).lower()) && j > first)) {
            if (heads.contains(toks.get(j).lower())) {
                lastHead = j;
            }
            j++;
        }
        return lastHead >= 0 && toks.get(first).isCapitalized() ? new int[] {first, j - 1} : null;
    }
}
