package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.extract.Extractor;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.Resolved;
import org.sitrep.ingest.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep geoparse}: one line per place mention, with the chosen place and its runners-up. */
@Command(name = "geoparse", mixinStandardHelpOptions = true,
        description = "Find and resolve the place mentions of articles (files, '-', or --input JSONL).")
public final class GeoparseCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "FILE")
    List<String> files = new ArrayList<>();

    @Option(names = "--input", paramLabel = "JSONL")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--alternatives", description = "list the runners-up of each mention")
    boolean alternatives;

    @Option(names = "--data", paramLabel = "DIR")
    Path data;

    @Override
    public Integer call() {
        Inputs.check(this, files, inputs);
        long t0 = System.nanoTime();
        Extractor ex = Engine.extractor(Engine.dataDir(data));
        int[] n = new int[3]; // articles, errors, mentions
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Inputs.each(files, inputs, it -> {
            if (it.problem() != null) {
                n[1]++;
                System.err.println("sitrep geoparse: " + it.problem().getMessage());
                return;
            }
            n[0]++;
            try {
                for (Resolved r : ex.geoparse(it.article().text())) {
                    out.write(JSON.writeValueAsString(line(it.article().id(), r)));
                    out.write('\n');
                    n[2]++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
        int articles = n[0], errors = n[1], mentions = n[2];
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "sitrep geoparse: %d articles, %d place mentions, %d errors, %.1f articles/s%n",
                articles, mentions, errors, articles / Math.max(secs, 1e-9));
        return articles == 0 ? 1 : 0;
    }

    private ObjectNode line(String articleId, Resolved r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("article_id", articleId);
        o.put("text", r.toponym().text());
        o.put("start", r.toponym().start());
        o.put("end", r.toponym().end());
        o.put("kind", r.toponym().kind().name().toLowerCase(Locale.ROOT));
        o.put("in_name", r.toponym().inName()); // "The Washington Post": a mention, never an event place
        put(o, r.place());
        o.put("score", Math.round(r.score() * 100) / 100.0);
        if (alternatives) {
            ArrayNode alts = o.putArray("alternatives");
            for (GeoEntry e : r.runnersUp()) {
                put(alts.addObject(), e);
            }
        }
        return o;
    }

    private static void put(ObjectNode o, GeoEntry e) {
        o.put("name", e.name());
        if (e.geonamesId() == 0) {
            o.putNull("geonames_id");
        } else {
            o.put("geonames_id", e.geonamesId());
        }
        o.put("latitude", e.latitude());
        o.put("longitude", e.longitude());
        o.put("country", e.countryCode());
        o.put("feature_code", e.featureCode());
        o.put("population", e.population());
    }
}
