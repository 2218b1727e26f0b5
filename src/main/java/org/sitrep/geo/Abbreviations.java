package org.sitrep.geo;

import org.sitrep.lexicon.TsvReader;
import org.sitrep.nlp.Token;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agency abbreviations and postal codes of states and provinces after a town ("Slidell, La.", "HELENA,
 * Mont. (AP)", "Austin, TX"), from {@code state-abbreviations.tsv}. They count only as written there, in
 * its case and with its period, and only after a comma or an opening bracket: "Miss." and "Man." are also
 * words, but not in that position. Rows marked "anywhere" ("D.C.", "B.C.") count wherever they stand,
 * except after a number.
 */
final class Abbreviations {
    private static final String RESOURCE = "/sitrep/geo/state-abbreviations.tsv";
    /** An abbreviation's divisions: "BC" is British Columbia and Baja California; the article says which. */
    private final Map<String, List<GeoEntry>> divisions = new HashMap<>();
    /** The divisions whose abbreviation is marked "anywhere": no word is written so ("D.C.", "NSW"), no comma is needed. */
    private final java.util.Set<GeoEntry> anywhere = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<String> missing = new ArrayList<>();

    Abbreviations(Gazetteer gazetteer) {
        InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
        }
        TsvReader.read(in, "state-abbreviations.tsv", 3, "abbreviation, country code, division name[, anywhere]", f -> {
            String cc = f[1].strip();
            boolean everywhere = f.length > 3 && !f[3].isBlank();
            if (everywhere && !f[3].strip().equals("anywhere")) {
                throw new IllegalArgumentException("state-abbreviations.tsv: fourth column must be 'anywhere' or empty, not '"
                        + f[3] + "' (" + f[0] + ")");
            }
            // a gazetteer without the country (a test fixture, a user's own) has no use for its abbreviations;
            // AbbreviationsTest checks that the bundled one resolves every row
            gazetteer.places(NameKey.of(f[2].strip())).stream()
                    .filter(e -> e.isAdmin1() && e.countryCode().equals(cc)).findFirst()
                    .ifPresentOrElse(e -> {
                        divisions.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(e);
                        if (everywhere) {
                            anywhere.add(e);
                        }
                    }, () -> missing.add(f[0].strip()));
        });
    }

    /** The abbreviations whose division the gazetteer does not know. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    /** The toponym for an abbreviation at token {@code i}, or null; "La" "." split by the tokenizer counts. */
    Toponym find(String text, int sentence, List<Token> toks, int i) {
        boolean afterTown = i > 0 && (toks.get(i - 1).text().equals(",") || toks.get(i - 1).text().equals("("));
        if (!afterTown && (anywhere.isEmpty() || i > 0 && Character.isDigit(toks.get(i - 1).text().charAt(0)))) {
            return null; // "300 B.C." is a year
        }
        Token t = toks.get(i);
        String written = t.text();
        int end = t.end();
        if (!written.endsWith(".") && i + 1 < toks.size() && toks.get(i + 1).text().equals(".")
                && toks.get(i + 1).start() == t.end()) {
            written += ".";
            end = toks.get(i + 1).end();
        }
        List<GeoEntry> readings = divisions.getOrDefault(written, List.of()).stream()
                .filter(e -> afterTown || anywhere.contains(e)).toList();
        if (readings.isEmpty()) {
            return null;
        }
        return new Toponym(text.substring(t.start(), end), t.start(), end, sentence, Toponym.Kind.PLACE, readings);
    }
}
