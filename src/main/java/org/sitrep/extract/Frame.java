package org.sitrep.extract;

import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.CueKind;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Sentence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one sentence says about an event: its cues and the sub-event type they give, the actors,
 * counts, date, place, sources and certainty. Frames are grouped into incidents by {@link Grouper}.
 * {@code victims} are the kinds of people its counts are of ("six soldiers": MILITARY);
 * {@code claimedFatalities} a party's claim of its enemies' dead, coded as 0 ({@link PartyClaims}).
 */
record Frame(TaggedSentence tagged, Map<CueKind, Integer> cues, SubEventType type, boolean weakType,
             List<Mention> mentions, Casualties casualties, LocalDate date, int datePrecision, boolean explicitDate,
             Place place, String placeText, List<Source> sources, Certainty certainty, Status status,
             boolean headline, boolean separate, Set<ActorKind> victims, int claimedFatalities) {

    Sentence sentence() {
        return tagged.sentence();
    }

    int maxCue() {
        return cues.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    boolean hasCasualties() {
        return casualties.fatalities() > 0 || claimedFatalities > 0 || (casualties.injuries() != null && casualties.injuries() > 0)
                || (casualties.captured() != null && casualties.captured() > 0);
    }
}
