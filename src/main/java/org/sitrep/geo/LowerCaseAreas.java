package org.sitrep.geo;

import org.sitrep.nlp.Token;

import java.util.List;

/**
 * An area named by a place and a lower-case word after it, as reports write them: "the Homs desert", "the
 * Latakia mountains", "the Qalamoun mountains". A name must otherwise end with a capital, so such an area,
 * which the gazetteer holds whole among its regions (regions.tsv), would be read as the town alone.
 */
final class LowerCaseAreas {
    private final Gazetteer gazetteer;

    LowerCaseAreas(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The area named by the capitalised run at tokens [i, runEnd) and the lower-case word after it, when the
     * gazetteer holds that whole name as an area; else null.
     */
    Toponym find(String text, int sentence, List<Token> toks, int i, int runEnd) {
        if (runEnd <= i || runEnd >= toks.size()) {
            return null;
        }
        Token w = toks.get(runEnd);
        if (w.isCapitalized() || !w.text().chars().allMatch(Character::isLetter) || w.start() - toks.get(runEnd - 1).end() > 1) {
            return null;
        }
        int start = toks.get(i).start();
        String surface = text.substring(start, w.end());
        var area = gazetteer.countryByKey(NameKey.of(surface)).filter(c -> c.country().isRegion() && !c.demonym());
        return area.map(c -> new Toponym(surface, start, w.end(), sentence, Toponym.Kind.COUNTRY, List.of(c.country().asEntry())))
                .orElse(null);
    }
}
