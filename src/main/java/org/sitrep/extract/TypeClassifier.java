package org.sitrep.extract;

import org.sitrep.model.SubEventType;
import org.sitrep.nlp.SentenceEmbedder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The learned side of typing: softmax regression over sentence embeddings, trained on the project's
 * exemplar bank (scripts/classifier) into /sitrep/classifier/model.tsv. Labels are ACLED's sub-event
 * types and NONE (not an event). Immutable and thread-safe.
 */
public final class TypeClassifier {
    /** The label of sentences that report no event. */
    public static final String NONE = "NONE";
    static final String RESOURCE = "/sitrep/classifier/model.tsv";

    /** The most probable label (null type for NONE) and its probability. */
    public record Prediction(SubEventType type, double probability) {
        public boolean none() {
            return type == null;
        }
    }

    private final SentenceEmbedder embedder;
    private final List<String> labels;
    private final float[] mean;
    private final float[] scale;
    private final float[][] weights; // [label][dims + 1], bias last

    public TypeClassifier(SentenceEmbedder embedder, List<String> labels, float[] mean, float[] scale, float[][] weights) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.labels = List.copyOf(labels);
        int d = embedder.dimensions();
        if (mean.length != d || scale.length != d) {
            throw new IllegalArgumentException("model has " + mean.length + " dimensions, the embedder " + d);
        }
        if (weights.length != labels.size()) {
            throw new IllegalArgumentException(weights.length + " weight rows for " + labels.size() + " labels");
        }
        for (String l : labels) {
            if (!l.equals(NONE)) {
                SubEventType.parse(l); // rejects an unknown label with its name
            }
        }
        for (float[] w : weights) {
            if (w.length != d + 1) {
                throw new IllegalArgumentException("weight row of " + w.length + " values; expected " + (d + 1));
            }
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
        this.weights = Arrays.stream(weights).map(float[]::clone).toArray(float[][]::new);
    }

    /** The bundled model over the given embedder. */
    public static TypeClassifier bundled(SentenceEmbedder embedder) {
        InputStream in = TypeClassifier.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("classifier model " + RESOURCE + " is missing from the classpath;"
                    + " build it with scripts/classifier/train.sh");
        }
        return read(in, RESOURCE, embedder);
    }

    public List<String> labels() {
        return labels;
    }

    public Prediction classify(String sentence) {
        return best(probabilities(embedder.embed(sentence)));
    }

    public Prediction best(double[] p) {
        int b = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[b]) {
                b = i;
            }
        }
        String l = labels.get(b);
        return new Prediction(l.equals(NONE) ? null : SubEventType.parse(l), p[b]);
    }

    /** Softmax probabilities of each label for an embedding. */
    public double[] probabilities(float[] x) {
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            float[] w = weights[k];
            double s = w[w.length - 1];
            for (int j = 0; j < x.length; j++) {
                s += w[j] * ((x[j] - mean[j]) / scale[j]);
            }
            z[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    /** Writes the model in the format {@link #read} takes. */
    public void write(Writer out, String provenance) throws IOException {
        out.write("# Sitrep sub-type classifier: softmax regression over " + embedder.getClass().getSimpleName()
                + " sentence embeddings.\n# " + provenance + "\n# Rows: mean, scale, then label, bias, weights.\n");
        out.write("mean\t" + join(mean) + "\n");
        out.write("scale\t" + join(scale) + "\n");
        for (int k = 0; k < labels.size(); k++) {
            float[] w = weights[k];
            out.write(labels.get(k) + "\t" + fmt(w[w.length - 1]) + "\t" + join(Arrays.copyOf(w, w.length - 1)) + "\n");
        }
    }

    static TypeClassifier read(InputStream in, String origin, SentenceEmbedder embedder) {
        float[] mean = null, scale = null;
        List<String> labels = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                try {
                    if (f[0].equals("mean")) {
                        mean = floats(f, 1);
                    } else if (f[0].equals("scale")) {
                        scale = floats(f, 1);
                    } else {
                        float[] w = floats(f, 2);
                        float[] row = Arrays.copyOf(w, w.length + 1);
                        row[w.length] = Float.parseFloat(f[1]);
                        labels.add(f[0]);
                        rows.add(row);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(origin + " line " + n + ": not a number (" + e.getMessage() + ")", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
        }
        if (mean == null || scale == null || labels.isEmpty()) {
            throw new IllegalArgumentException(origin + ": expected 'mean', 'scale' and label rows");
        }
        return new TypeClassifier(embedder, labels, mean, scale, rows.toArray(float[][]::new));
    }

    private static float[] floats(String[] f, int from) {
        float[] out = new float[f.length - from];
        for (int i = from; i < f.length; i++) {
            out[i - from] = Float.parseFloat(f[i]);
        }
        return out;
    }

    private static String join(float[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(fmt(v[i]));
        }
        return sb.toString();
    }

    private static String fmt(float v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }
}
