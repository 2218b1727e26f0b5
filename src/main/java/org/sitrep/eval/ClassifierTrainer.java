package org.sitrep.eval;

import org.sitrep.extract.TypeClassifier;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.SentenceEmbedder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Trains {@link TypeClassifier} on the exemplar bank: embeds each sentence once, standardises the
 * dimensions and fits multinomial logistic regression with L2 by full-batch Adam. Everything is
 * deterministic (no shuffling, fixed folds), so the committed model file is rebuilt byte for byte.
 */
public final class ClassifierTrainer {
    /** One labelled sentence of the bank, with where it came from for error messages. */
    public record Exemplar(String label, String sentence, String origin) {
    }

    /** Held-out accuracy of k-fold cross-validation and the per-label F1 behind it. */
    public record CrossValidation(int folds, double accuracy, double macroF1, List<String> perLabel) {
    }

    /** Training epochs and step size of Adam, and the L2 weight (ClassifierTest keeps accuracy above its ratchet). */
    static final int EPOCHS = 400;
    static final double LEARNING_RATE = 0.02;
    static final double L2 = 1e-3;

    private final SentenceEmbedder embedder;

    public ClassifierTrainer(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Reads every exemplars*.tsv of a folder: "label TAB sentence" lines, '#' comments. */
    public static List<Exemplar> readBank(Path dir) {
        List<Exemplar> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("exemplars.*\\.tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\t");
                    String origin = f + " line " + (i + 1);
                    if (parts.length != 2 || parts[1].isBlank()) {
                        throw new IllegalArgumentException(origin + ": expected 'label<TAB>sentence', got '" + line + "'");
                    }
                    String label = parts[0].strip();
                    if (!label.equals(TypeClassifier.NONE)) {
                        try {
                            label = SubEventType.parse(label).label();
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(origin + ": " + e.getMessage(), e);
                        }
                    }
                    out.add(new Exemplar(label, parts[1].strip(), origin));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no exemplars*.tsv with exemplars");
        }
        return out;
    }

    public float[][] embed(List<Exemplar> bank) {
        float[][] x = new float[bank.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = embedder.embed(bank.get(i).sentence());
        }
        return x;
    }

    public TypeClassifier train(List<Exemplar> bank, float[][] x) {
        List<String> labels = new ArrayList<>(new TreeSet<>(bank.stream().map(Exemplar::label).toList()));
        int d = embedder.dimensions();
        float[] mean = new float[d], scale = new float[d];
        for (float[] v : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[j] / x.length;
            }
        }
        for (float[] v : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (v[j] - mean[j]) * (v[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = (float) Math.max(1e-6, Math.sqrt(scale[j]));
        }
        int[] y = bank.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
        float[][] w = fit(x, y, labels.size(), mean, scale);
        return new TypeClassifier(embedder, labels, mean, scale, w);
    }

    private static float[][] fit(float[][] raw, int[] y, int k, float[] mean, float[] scale) {
        int n = raw.length, d = mean.length;
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = (raw[i][j] - mean[j]) / scale[j];
            }
        }
        double[][] w = new double[k][d + 1], m = new double[k][d + 1], v = new double[k][d + 1];
        double b1 = 0.9, b2 = 0.999;
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            double[][] g = new double[k][d + 1];
            double[] z = new double[k];
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double s = w[c][d];
                    for (int j = 0; j < d; j++) {
                        s += w[c][j] * x[i][j];
                    }
                    z[c] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                for (int c = 0; c < k; c++) {
                    double err = z[c] / sum - (y[i] == c ? 1 : 0);
                    for (int j = 0; j < d; j++) {
                        g[c][j] += err * x[i][j] / n;
                    }
                    g[c][d] += err / n;
                }
            }
            double c1 = 1 - Math.pow(b1, epoch), c2 = 1 - Math.pow(b2, epoch);
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= d; j++) {
                    double gj = g[c][j] + (j < d ? L2 * w[c][j] : 0);
                    m[c][j] = b1 * m[c][j] + (1 - b1) * gj;
                    v[c][j] = b2 * v[c][j] + (1 - b2) * gj * gj;
                    w[c][j] -= LEARNING_RATE * (m[c][j] / c1) / (Math.sqrt(v[c][j] / c2) + 1e-8);
                }
            }
        }
        float[][] out = new float[k][d + 1];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j <= d; j++) {
                out[c][j] = (float) w[c][j];
            }
        }
        return out;
    }

    /** k-fold cross-validation with folds by position (i mod k): held-out accuracy and macro F1. */
    public CrossValidation crossValidate(List<Exemplar> bank, float[][] x, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("--folds must be at least 2, got " + folds);
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(bank.stream().map(Exemplar::label).toList()));
        int[][] confusion = new int[labels.size()][labels.size()];
        int right = 0;
        for (int f = 0; f < folds; f++) {
            List<Exemplar> trainBank = new ArrayList<>();
            List<float[]> trainX = new ArrayList<>();
            for (int i = 0; i < bank.size(); i++) {
                if (i % folds != f) {
                    trainBank.add(bank.get(i));
                    trainX.add(x[i]);
                }
            }
            TypeClassifier c = train(trainBank, trainX.toArray(float[][]::new));
            for (int i = f; i < bank.size(); i += folds) {
                TypeClassifier.Prediction p = c.best(c.probabilities(x[i]));
                String got = p.none() ? TypeClassifier.NONE : p.type().label();
                confusion[labels.indexOf(bank.get(i).label())][labels.indexOf(got)]++;
                right += got.equals(bank.get(i).label()) ? 1 : 0;
            }
        }
        List<String> per = new ArrayList<>();
        double f1sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            int tp = confusion[c][c], fn = 0, fp = 0;
            for (int o = 0; o < labels.size(); o++) {
                if (o != c) {
                    fn += confusion[c][o];
                    fp += confusion[o][c];
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fn + fp);
            f1sum += f1;
            per.add(String.format(Locale.ROOT, "%-38s F1 %.3f (n=%d)", labels.get(c), f1, tp + fn));
        }
        return new CrossValidation(folds, (double) right / bank.size(), f1sum / labels.size(), per);
    }
}
