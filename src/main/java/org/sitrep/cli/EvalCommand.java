package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.eval.GoldScorer;
import org.sitrep.export.EventJson;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import picocli.CommandLine.Command;
import org.sitrep.extract.TypeMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code sitrep eval GOLD_DIR}: extracts every article under GOLD_DIR that has an {@code expected.jsonl}
 * beside it (the layout of shared/examples) and scores it as shared/tools/score_gold.py does.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold events (folders holding article.json, the article and expected.jsonl).")
public final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "GOLD_DIR")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--geowebnews", paramLabel = "XML",
            description = "score the geoparser on a GeoWebNews-format file instead (accuracy@161 km)")
    Path geowebnews;

    @Option(names = "--verbose", description = "print every wrong field, missing and spurious event")
    boolean verbose;

    @Option(names = "--data", paramLabel = "DIR")
    Path data;

    @Option(names = "--types", paramLabel = "MODE", defaultValue = "both", converter = TypeModeConverter.class,
            description = "who types events: rules, classifier, or both (rules where sure; default ${DEFAULT-VALUE})")
    TypeMode types;

    @Override
    public Integer call() {
        Extractor ex = Engine.extractor(Engine.dataDir(data), types);
        if (geowebnews != null) {
            var r = org.sitrep.eval.GeoScorer.score(org.sitrep.eval.GeoScorer.readGeoWebNews(geowebnews), ex::geoparse);
            System.out.printf(Locale.ROOT, "GEO gold=%d found=%d resolved@161km=%d system_mentions=%d "
                    + "recall@161km=%.3f accuracy_of_found=%.3f%n", r.gold(), r.found(), r.resolved(), r.systemMentions(),
                    r.recall(), r.accuracyOfFound());
            return 0;
        }
        if (dirs.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "give GOLD_DIR folders, or --geowebnews XML");
        }
        PrintStream out = System.out;
        GoldScorer.Score total = GoldScorer.Score.empty();
        int articles = 0;
        for (Path gold : goldFiles(dirs)) {
            Path dir = gold.getParent();
            Item item = article(dir);
            if (item.problem() != null) {
                System.err.println("sitrep eval: " + item.problem().getMessage());
                continue;
            }
            GoldScorer.Score s = score(ex, item.article(), gold);
            articles++;
            total = total.plus(s);
            out.printf(Locale.ROOT, "%-40s recall=%.2f precision=%.2f field_accuracy=%.2f events=%d%n",
                    dir.getFileName(), s.recall(), s.precision(), s.fieldAccuracy(), s.systemEvents());
            if (verbose) {
                s.report().forEach(r -> out.println("    " + r));
            }
        }
        StringBuilder fields = new StringBuilder();
        total.fields().forEach((k, v) -> fields.append(String.format(Locale.ROOT, " %s=%.2f", k,
                v[1] == 0 ? 0.0 : (double) v[0] / v[1])));
        out.println("FIELDS" + fields);
        out.printf(Locale.ROOT, "SUMMARY articles=%d recall=%.2f precision=%.2f f1=%.2f field_accuracy=%.2f%n", articles,
                total.recall(), total.precision(), total.f1(), total.fieldAccuracy());
        return articles == 0 ? 1 : 0;
    }

    public static GoldScorer.Score score(Extractor ex, Article a, Path gold) {
        List<ObjectNode> events = new ArrayList<>();
        for (Event e : ex.extract(a)) {
            events.add(EventJson.toJson(e));
        }
        return GoldScorer.score(readJsonl(gold), events);
    }

    static List<Path> goldFiles(List<Path> dirs) {
        List<Path> out = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.getFileName().toString().equals("expected.jsonl")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + d + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The article of a gold folder: the file article.json names, or the one text file there. */
    public static Item article(Path dir) {
        Path meta = dir.resolve("article.json");
        try {
            if (Files.isRegularFile(meta)) {
                JsonNode m = JSON.readTree(meta.toFile());
                Item it = ArticleReader.file(dir.resolve(m.path("file").asText("article.txt")));
                if (it.article() == null) {
                    return it;
                }
                Article a = it.article();
                return Item.ok(it.name(), new Article(m.path("id").asText(a.id()), a.text(),
                        a.published() != null ? a.published() : ArticleReader.lenientDate(m.path("published").asText("")),
                        m.path("source").asText(null), m.path("url").asText(null), "en"));
            }
            return ArticleReader.file(dir.resolve("article.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + meta + ": " + e.getMessage(), e);
        }
    }

    static List<JsonNode> readJsonl(Path p) {
        List<JsonNode> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(p)) {
                n++;
                if (!line.isBlank()) {
                    try {
                        out.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new IllegalArgumentException(p + " line " + n + ": not JSON (" + e.getMessage() + ")", e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
        return out;
    }
}
