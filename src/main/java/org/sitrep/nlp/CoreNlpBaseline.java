package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.List;
import java.util.Properties;

/**
 * The benchmark's baseline: CoreNLP's standard pipeline {@code tokenize,ssplit,pos,lemma,ner} over the
 * same texts Sitrep extracts from. Needs the CoreNLP models jar on the classpath (scripts/bench.sh
 * adds it); Sitrep itself never runs this.
 */
public final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline(int threads) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("threads", String.valueOf(threads));
        pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates every text; returns the number of tokens seen, so the work cannot be optimised away. */
    public long annotate(List<String> texts) {
        List<Annotation> docs = texts.stream().map(Annotation::new).toList();
        pipeline.annotate(docs);
        long tokens = 0;
        for (Annotation d : docs) {
            tokens += d.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
