package org.sitrep.geo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a text writes a name against how the gazetteer spells it: accents and punctuation aside, nothing folded. */
final class Spelling {
    private Spelling() {
    }

    /** The toponym with only the readings whose own name holds it as written ("New York" in New York City), if any. */
    static Optional<Toponym> spelledAs(Toponym t) {
        String written = " " + plain(t.text()) + " ";
        List<GeoEntry> own = t.candidates().stream().filter(e -> (" " + plain(e.name()) + " ").contains(written)
                || (" " + plain(e.asciiName()) + " ").contains(written)).toList();
        return own.isEmpty() ? Optional.empty()
                : Optional.of(new Toponym(t.text(), t.start(), t.end(), t.sentence(), t.kind(), own));
    }

    /** Lower case, without accents or punctuation: "St. George" and "St George" alike, "Téra" not "Terra". */
    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
