package org.sitrep.geo;

import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.TaggedText;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Place;

import java.util.List;
import java.util.Map;

/**
 * The places of one article, resolved together: the mentions of each sentence, the country the story
 * is about ({@link #focus}, ISO alpha-2, "" when nothing says), the place an event the text places
 * nowhere is coded to ({@link #focusPlace}, null when unknown), and each sentence's event place.
 */
public final class ArticlePlaces {
    private final TaggedText text;
    private final Map<Integer, List<Resolved>> bySentence;
    private final String focus;
    private final Place focusPlace;
    private final PlaceChooser chooser;

    ArticlePlaces(TaggedText text, Map<Integer, List<Resolved>> bySentence, String focus, Place focusPlace,
                  PlaceChooser chooser) {
        this.text = text;
        this.bySentence = Map.copyOf(bySentence);
        this.focus = focus;
        this.focusPlace = focusPlace;
        this.chooser = chooser;
    }

    public String focus() {
        return focus;
    }

    public Place focusPlace() {
        return focusPlace;
    }

    /** The resolved mentions of a sentence, in text order. */
    public List<Resolved> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /**
     * Where the event of sentence {@code index} happened. A sentence that names no place takes the next
     * sentence's, in the same paragraph ("We will start our joint patrol tomorrow. It will include
     * Qamishli, ..."); NONE when neither names one. For an event whose count stands at token
     * {@code countToken} (-1: none), a place of the clause that holds the count comes first
     * ({@link WordList#CLAUSE_JOINTS}).
     */
    public PlaceChoice eventPlace(int index, int countToken) {
        TaggedSentence s = text.sentences().get(index);
        PlaceChoice pc = chooser.choose(in(index), s, countToken);
        if (pc.isNone() && index + 1 < text.sentences().size()) {
            TaggedSentence next = text.sentences().get(index + 1);
            if (next.sentence().paragraph() == s.sentence().paragraph()) {
                pc = chooser.choose(in(index + 1), next, -1);
            }
        }
        if (pc.isNone()) {
            // "... lawlessness in Daraa province .. 2 members of the Special Forces were assassinated": the
            // sentence before, in the same paragraph, set the scene
            int earlier = index - 1;
            while (earlier >= 0 && text.sentences().get(earlier).tokens().stream().noneMatch(t -> Character.isLetterOrDigit(t.text().charAt(0)))) {
                earlier--; // the splitter's lone "." of a ".." is no sentence
            }
            TaggedSentence prev = earlier >= 0 ? text.sentences().get(earlier) : null;
            if (prev != null && prev.sentence().paragraph() == s.sentence().paragraph()) {
                pc = chooser.choose(in(earlier), prev, -1);
            }
        }
        if (index > 0 && text.inHeadline(s)) {
            // "Apaseo el Alto. Guanajuato: Man Killed in ...", "Killing In Tamaulipas? Guard Kills 2": a headline
            // the splitter cut is one sentence; the town it names first stands over the province that holds it
            TaggedSentence prev = text.sentences().get(index - 1);
            PlaceChoice before = chooser.choose(in(index - 1), prev, -1);
            if (!before.isNone() && (pc.isNone() || holds(pc.place(), before.place()))) {
                return before;
            }
        }
        return pc;
    }

    /** Whether {@code province} is a first-level division (or its seat, named like it) that holds the town. */
    private static boolean holds(Place province, Place town) {
        boolean division = province.featureCode().startsWith("ADM1") || (province.featureCode().startsWith("PPLA")
                || province.featureCode().equals("PPLC")) && province.location().equalsIgnoreCase(province.admin1());
        return division && town.precision() == 1 && !town.location().equals(province.location())
                && town.countryCode().equals(province.countryCode()) && town.admin1().equals(province.admin1());
    }
}
