package org.sitrep.extract;

import org.sitrep.geo.ArticlePlaces;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.PlaceReader;
import org.sitrep.geo.Resolved;
import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.TaggedText;
import org.sitrep.lexicon.Tagger;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.TextAnalyzer;

import java.time.LocalDate;
import java.util.List;

/**
 * The article line, from text to events, each stage once and downstream only:
 * <pre>
 *   text ─ nlp.TextAnalyzer ─▶ AnalyzedText ─ lexicon.Tagger ─▶ TaggedText
 *        ─ geo.PlaceReader ─▶ ArticlePlaces ─ FrameReader ─▶ ArticleFrames
 *        ─ Grouper ─▶ incidents ─ EventWriter ─▶ events
 * </pre>
 * Thread-safe: one instance serves a whole batch.
 */
public final class Extractor {
    private final Lexicon lexicon;
    private final TextAnalyzer analyzer;
    private final Tagger tagger;
    private final PlaceReader places;
    private final FrameReader frames;
    private final EventWriter writer;

    /** Types by the codebook rules alone. */
    public Extractor(Lexicon lexicon, TextAnalyzer analyzer, Gazetteer gazetteer) {
        this(lexicon, analyzer, gazetteer, null, TypeMode.RULES);
    }

    /** Types by {@code mode}; the classifier may be null only for {@link TypeMode#RULES}. */
    public Extractor(Lexicon lexicon, TextAnalyzer analyzer, Gazetteer gazetteer, TypeClassifier classifier, TypeMode mode) {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        this.tagger = new Tagger(lexicon);
        this.places = new PlaceReader(gazetteer, lexicon);
        this.frames = new FrameReader(lexicon, new ActorFinder(lexicon, gazetteer), new Casualty(lexicon), classifier, mode);
        this.writer = new EventWriter(lexicon, new ActorNamer(lexicon, gazetteer));
    }

    /** The place mentions of an article, resolved: what {@code sitrep geoparse} prints. */
    public List<Resolved> geoparse(String text) {
        return places.geoparse(tagger.tag(analyzer.analyze(text)));
    }

    /** The events of an article that carries its publication date (an undated one keeps undated events). */
    public List<Event> extract(Article article) {
        return extract(article, null);
    }

    /**
     * The events of an article. An event the text gives no date for is coded, as ACLED codes it, on the
     * article's lead date, else on its publication date with time_precision 3, else on {@code received},
     * the day the article arrived (from the store's clock; never the wall clock in here), with
     * time_precision 3 and a note saying so.
     */
    public List<Event> extract(Article article, LocalDate received) {
        AnalyzedText doc = analyzer.analyze(article.text());
        if (doc.sentences().isEmpty()) {
            return List.of();
        }
        TaggedText text = tagger.tag(doc);
        ArticlePlaces where = places.read(text, lexicon.publisherCountry(article.source()), article.source());
        FrameReader.ArticleFrames read = frames.read(text, where, article.published());
        EventWriter.Fallback fallback = read.leadDate() != null
                ? new EventWriter.Fallback(read.leadDate(), EventWriter.DateBasis.TEXT)
                : article.published() != null
                ? new EventWriter.Fallback(article.published(), EventWriter.DateBasis.PUBLISHED)
                : new EventWriter.Fallback(received, EventWriter.DateBasis.RECEIVED);
        List<Grouper.Incident> incidents = new Grouper().group(read.frames(), fallback.date());
        return writer.write(article, doc, incidents, fallback, where.focus(), where.focusPlace());
    }
}
