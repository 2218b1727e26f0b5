package org.sitrep.extract;

import org.sitrep.geo.ArticlePlaces;
import org.sitrep.geo.PlaceChoice;
import org.sitrep.lexicon.ActorKind;
import org.sitrep.lexicon.CueKind;
import org.sitrep.lexicon.CasualtyKind;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.TaggedText;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads each sentence that carries an event cue into a {@link Frame}: the cues that count (not
 * negated, not inside a name), the place, actors and their roles, the sub-event type by ACLED's rules,
 * counts, date, sources, certainty and status. A sentence with no cue of its own that counts people,
 * right after an event's sentence, goes on with that event. Thread-safe.
 */
final class FrameReader {
    /** Tokens after which a capitalised cue opens the sentence's text (after a dateline or a heading). */
    private static final Set<String> OPENERS = Set.of("\u2014", "\u2013", "-", "--", ":", ")");
    /**
     * "an IED", "two UAVs": cues written as acronyms are capitalised mid-sentence and still cues, not names
     * (SubTypeTableTest: "was targeted by an IED in Tafas").
     */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,}s?");

    /** The frames of an article, and the date of its lead event (null when the body dates none). */
    record ArticleFrames(List<Frame> frames, LocalDate leadDate) {
        ArticleFrames {
            frames = List.copyOf(frames);
        }
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Mention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Cues that make a demonstration: without one, the classifier's protest or riot is a guess from resemblance. */
    private static final Set<CueKind> DEMONSTRATION_CUES = java.util.EnumSet.of(CueKind.PROTEST, CueKind.RIOT,
            CueKind.MOB, CueKind.DISPERSE, CueKind.REPRESS);

    /**
     * Whether the classifier's type can stand with what the sentence says: a protest or riot needs a cue
     * of one ("fightings leave 47 troops dead" is no protest), and people killed or hurt are violence,
     * not a strategic development.
     */
    private static boolean plausible(org.sitrep.model.SubEventType t, Map<CueKind, Integer> cues, Casualties cas) {
        org.sitrep.model.EventType et = t.type();
        if ((et == org.sitrep.model.EventType.PROTESTS || et == org.sitrep.model.EventType.RIOTS)
                && cues.keySet().stream().noneMatch(DEMONSTRATION_CUES::contains)) {
            return false;
        }
        boolean hurt = cas.fatalities() > 0 || (cas.injuries() != null && cas.injuries() > 0);
        return !(et == org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS && hurt);
    }

    /** Cues that say people died or were hurt, not how: alone they cannot tell violence from a disaster. */
    private static final Set<CueKind> GENERIC_CUES = java.util.EnumSet.of(CueKind.KILL, CueKind.WOUND, CueKind.ATTACK);

    /** The weight of the killing that one person's remains found or dumped report (CasualtyTest.remains). */
    static final int REMAINS_CUE = 3;

    /** Probability from which the classifier's type replaces a weak or missing rule decision (ClassifierTest). */
    static final double CLASSIFIER_TYPE_MIN = 0.5;
    /** Probability from which the classifier's NONE drops a sentence the rules only weakly typed. */
    static final double CLASSIFIER_NONE_MIN = 0.6;
    /** Probability from which the classifier's type, where the rules found none, is not a weak one. */
    static final double CLASSIFIER_SURE = 0.7;

    private final Lexicon lexicon;
    private final ActorFinder actors;
    private final Casualty casualty;
    private final TypeClassifier classifier;
    private final TypeMode mode;

    FrameReader(Lexicon lexicon, ActorFinder actors, Casualty casualty, TypeClassifier classifier, TypeMode mode) {
        this.lexicon = lexicon;
        this.actors = actors;
        this.casualty = casualty;
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
        if (mode != TypeMode.RULES && classifier == null) {
            throw new IllegalArgumentException("type mode " + mode + " needs a classifier");
        }
        this.classifier = classifier;
    }

    ArticleFrames read(TaggedText text, ArticlePlaces places, LocalDate published) {
        Map<Source.Kind, Source> namedByKind = namedSources(text);
        LocalDate leadDate = null;
        List<Frame> frames = new ArrayList<>();
        for (TaggedSentence s : text.sentences()) {
            boolean headline = text.inHeadline(s);
            Dates.DateMention eventDate = eventDate(s, Dates.find(s.tokens(), published));
            if (leadDate == null && !headline && eventDate != null && !eventDate.future() && !eventDate.speech()) {
                leadDate = eventDate.date();
            }
            Frame f = frame(s, headline, places, eventDate, namedByKind);
            if (f != null) {
                frames.add(f);
            } else if (!headline && !frames.isEmpty()) {
                Frame follow = followUp(frames.get(frames.size() - 1), s);
                if (follow != null) {
                    frames.add(follow);
                }
            }
        }
        return new ArticleFrames(frames, leadDate);
    }

    private Frame frame(TaggedSentence s, boolean headline, ArticlePlaces places, Dates.DateMention date,
                        Map<Source.Kind, Source> namedByKind) {
        List<Token> toks = s.tokens();
        if (tally(s)) {
            return null;
        }
        Map<CueKind, Integer> cues = new EnumMap<>(CueKind.class);
        for (var m : s.all(lexicon.cues())) {
            Token first = toks.get(m.start());
            boolean opens = m.start() > 0 && OPENERS.contains(toks.get(m.start() - 1).text());
            if (m.start() > 0 && !Character.isLowerCase(first.text().charAt(0)) && !headline && !opens
                    && !ACRONYM.matcher(first.text()).matches()) {
                continue; // "in March", "Operation Olive Branch": a capitalised word mid-sentence is a name
            }
            if (negated(s, m.start())) {
                continue; // "no arrest was made", "did not attack"
            }
            cues.merge(m.value().kind(), m.value().weight(), Math::max);
        }
        if (!cues.containsKey(CueKind.KILL) && casualty.remains(s) >= 0) {
            cues.put(CueKind.KILL, REMAINS_CUE); // "A body was found in Culiacan": a killing, though no verb says so
        }
        if (cues.isEmpty()) {
            return null;
        }
        List<Casualty.Count> counts = casualty.find(s);
        // "casualties" (killed and wounded, unsplit) is a vaguer figure than the sentence's others: it steers nothing
        int countToken = counts.stream().filter(c -> c.kind() != CasualtyKind.UNSPLIT).mapToInt(Casualty.Count::numberStart)
                .findFirst().orElse(-1);
        PlaceChoice pc = places.eventPlace(s.sentence().index(), countToken);
        String country = pc.isNone() ? places.focus() : pc.place().countryCode();
        ActorFinder.Found found = actors.findAll(s, places.in(s.sentence().index()));
        List<Mention> mentions = found.actors();
        if (s.any(WordList.NON_CONFLICT_CAUSES) && GENERIC_CUES.containsAll(cues.keySet())
                && mentions.stream().noneMatch(Mention::isArmed)) {
            return null; // "Floods killed 14 people", "the anniversary of the massacre": no political violence
        }
        Casualties cas = Casualty.total(counts);
        TypeRules.Decision d = decide(s, cues, mentions, !counts.isEmpty(), cas);
        if (d == null) {
            return null;
        }
        Certainty cert = Certainty.CONFIRMED;
        for (var m : s.all(lexicon.certainty())) {
            cert = cert.weaker(m.value());
        }
        Set<ActorKind> victims = casualty.victims(s, counts);
        int claimed = 0;
        if (cas.fatalities() > 0 && PartyClaims.claimant(s, concat(mentions, found.speakers()), victims, counts) != null) {
            claimed = cas.fatalities();
            cas = new Casualties(0, cas.injuries(), cas.captured());
            cert = cert.weaker(Certainty.ALLEGED);
        }
        boolean future = (date != null && date.future()) || s.any(WordList.FUTURE_WORDS);
        Status status = future && !d.type().type().isViolent() ? Status.PLANNED
                : toks.stream().anyMatch(t -> t.lower().startsWith("continu") || t.lower().equals("ongoing"))
                ? Status.ONGOING : Status.OCCURRED;
        return new Frame(s, cues, d.type(), d.weak(), mentions, cas, date == null ? null : date.date(),
                date == null ? 1 : date.precision(), date != null && !date.speech(), pc.place(), pc.text(),
                sources(s, namedByKind), cert, status, headline, s.any(WordList.SEPARATE_WORDS), victims, claimed);
    }

    /** The sentence's type by the mode: the rules, the classifier, or the rules where sure and the classifier elsewhere. */
    private TypeRules.Decision decide(TaggedSentence s, Map<CueKind, Integer> cues, List<Mention> mentions, boolean counts,
                                      Casualties cas) {
        TypeRules.Decision rules = mode == TypeMode.CLASSIFIER ? null : TypeRules.decide(cues, mentions);
        if (mode == TypeMode.RULES || (rules != null && !rules.weak())) {
            return rules;
        }
        if (mode == TypeMode.BOTH && !counts && cues.values().stream().allMatch(w -> w < Grouper.MIN_STANDALONE_CUE)) {
            // weak cues and nobody counted: such a frame never stands alone and its type is never the
            // incident's, so the classifier's ~3 ms would change nothing
            return rules;
        }
        TypeClassifier.Prediction p = classifier.classify(s.sentence().text());
        if (mode == TypeMode.CLASSIFIER) {
            return p.none() ? null : new TypeRules.Decision(p.type(), p.probability() < CLASSIFIER_TYPE_MIN);
        }
        if (p.none()) {
            // people counted killed, hurt or taken are an event whatever the sentence resembles ("5 Killed in Bar")
            return p.probability() >= CLASSIFIER_NONE_MIN && !counts ? null : rules;
        }
        if (p.probability() < CLASSIFIER_TYPE_MIN || !plausible(p.type(), cues, cas)) {
            return rules;
        }
        // the classifier names the kind; a sentence the rules found weak (counts only, a bare "attack") stays weak,
        // so it still joins the incident told around it rather than standing alone
        return new TypeRules.Decision(p.type(), rules == null ? p.probability() < CLASSIFIER_SURE : rules.weak());
    }

    /**
     * "Two fighters were killed in the strike. A third sustained serious injuries.": a sentence that
     * makes no event of its own but counts people, right after an event's sentence in the same paragraph,
     * tells more of that event. It joins it as a frame of the same event; counts of the same people are
     * not added twice (the fuller figure stands), and the sentence becomes evidence.
     */
    private Frame followUp(Frame last, TaggedSentence s) {
        if (tally(s) || last.headline() || last.sentence().paragraph() != s.sentence().paragraph()
                || last.sentence().index() != s.sentence().index() - 1) {
            return null;
        }
        List<Casualty.Count> counts = casualty.find(s);
        Casualties cas = Casualty.total(counts);
        if (cas.fatalities() == 0 && cas.injuries() == null && cas.captured() == null) {
            return null;
        }
        return new Frame(s, last.cues(), last.type(), last.weakType(), last.mentions(), cas, last.date(),
                last.datePrecision(), false, last.place(), last.placeText(), last.sources(), last.certainty(),
                last.status(), false, false, casualty.victims(s, counts), 0);
    }

    /**
     * "The Observatory documented the deaths of nine people across Syrian territory": a day's tally sums
     * the incidents told after it; its count belongs to none of them.
     */
    private static final Set<String> LINES = Set.of("border", "borders", "frontier", "frontiers", "line", "lines", "river");

    static boolean tally(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i);
            // ... but "in Malindi during nationwide demonstrations" is one town's part of them
            if (w.equals("nationwide") && !(i > 0 && (s.word(i - 1).equals("during") || s.word(i - 1).equals("amid")))) {
                return true;
            }
            if (w.equals("across") && i + 1 < s.size()) {
                int k = s.word(i + 1).equals("the") && i + 2 < s.size() ? i + 2 : i + 1;
                // ... but "fired from across the Syrian border" crosses one line, it sums nothing
                if (s.is(k, WordList.TALLY_SCOPES) && !LINES.contains(s.word(k + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean negated(TaggedSentence s, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String w = s.word(k);
            if (w.equals("no") || w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("without")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words at [start, end) are said to speak: "activists said", "according to witnesses". */
    private static boolean speaks(TaggedSentence s, int start, int end) {
        for (int k = end; k < Math.min(s.size(), end + 3); k++) {
            if (s.is(k, WordList.SPEECH_VERBS)) {
                return true;
            }
        }
        for (int k = Math.max(0, start - 3); k < start; k++) {
            if (s.word(k).equals("according") || s.is(k, WordList.SPEECH_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** The date an event in this sentence happened: not the day a source spoke ("told Rudaw on Tuesday"). */
    private static Dates.DateMention eventDate(TaggedSentence s, List<Dates.DateMention> dates) {
        for (Dates.DateMention d : dates) {
            boolean speech = false;
            for (int k = Math.max(0, d.start() - 4); k < d.start(); k++) {
                speech |= s.is(k, WordList.SPEECH_VERBS);
            }
            if (!speech) {
                return d;
            }
        }
        if (dates.isEmpty()) {
            return null;
        }
        Dates.DateMention first = dates.get(0);
        return new Dates.DateMention(first.start(), first.end(), first.date(), first.precision(), first.future(), true);
    }

    /** The sources the article names, by kind: "the monitor" later in the text is the one named. */
    private Map<Source.Kind, Source> namedSources(TaggedText text) {
        Map<Source.Kind, Source> out = new HashMap<>();
        for (TaggedSentence s : text.sentences()) {
            for (var m : s.all(lexicon.sources())) {
                if (!m.value().generic()) {
                    out.putIfAbsent(m.value().kind(), new Source(m.value().name(), m.value().kind(), m.value().country()));
                }
            }
        }
        return out;
    }

    private List<Source> sources(TaggedSentence s, Map<Source.Kind, Source> named) {
        List<Source> out = new ArrayList<>();
        for (var m : s.all(lexicon.sources())) {
            Lexicon.SourceEntry e = m.value();
            String surface = s.tokens().get(m.start()).text();
            // "monitor", "ap", "ina" as plain words are not sources; acronyms must be written in capitals
            if (m.end() - m.start() == 1 && surface.length() <= 4
                    && !surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (e.kind() == Source.Kind.WITNESS && !speaks(s, m.start(), m.end())) {
                continue; // "residents rallied" are no source; "residents said" are
            }
            Source src = e.generic() ? named.get(e.kind()) : new Source(e.name(), e.kind(), e.country());
            if (src != null && !out.contains(src)) {
                out.add(src);
            }
        }
        return out;
    }
}
