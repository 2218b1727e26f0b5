package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores one article's events against a gold file with tolerances, exactly as
 * {@code shared/tools/score_gold.py} does: a gold event matches a system event of an allowed type, on
 * an allowed date, within its radius; matching is one-to-one, required gold first, nearest first.
 * Recall counts required gold events; precision counts system events matching any gold event; field
 * accuracy is over the required events' fields (a missing event counts all its fields wrong).
 */
public final class GoldScorer {
    public static final List<String> FIELDS = List.of("sub_event_type", "status", "country", "inter", "fatalities",
            "injuries", "captured", "source", "actors", "evidence");

    /** Counts for one article, additive across articles. */
    public record Score(int requiredGold, int requiredFound, int systemEvents, int systemMatched,
                        Map<String, int[]> fields, List<String> report) {
        public double recall() {
            return requiredGold == 0 ? 1.0 : (double) requiredFound / requiredGold;
        }

        public double precision() {
            return systemEvents == 0 ? 0.0 : (double) systemMatched / systemEvents;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double fieldAccuracy() {
            int ok = 0, all = 0;
            for (int[] v : fields.values()) {
                ok += v[0];
                all += v[1];
            }
            return all == 0 ? 0.0 : (double) ok / all;
        }

        public Score plus(Score o) {
            Map<String, int[]> f = new LinkedHashMap<>();
            for (String k : FIELDS) {
                int[] a = fields.getOrDefault(k, new int[2]), b = o.fields.getOrDefault(k, new int[2]);
                f.put(k, new int[] {a[0] + b[0], a[1] + b[1]});
            }
            List<String> r = new ArrayList<>(report);
            r.addAll(o.report);
            return new Score(requiredGold + o.requiredGold, requiredFound + o.requiredFound,
                    systemEvents + o.systemEvents, systemMatched + o.systemMatched, f, r);
        }

        public static Score empty() {
            Map<String, int[]> f = new LinkedHashMap<>();
            FIELDS.forEach(k -> f.put(k, new int[2]));
            return new Score(0, 0, 0, 0, f, List.of());
        }
    }

    private GoldScorer() {
    }

    public static Score score(List<JsonNode> gold, List<ObjectNode> events) {
        record Pair(int req, double d, int gi, int ei) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int ei = 0; ei < events.size(); ei++) {
                Double d = match(gold.get(gi), events.get(ei));
                if (d != null) {
                    pairs.add(new Pair(gold.get(gi).path("required").asBoolean(false) ? 0 : 1, d, gi, ei));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::req).thenComparingDouble(Pair::d).thenComparingInt(Pair::gi)
                .thenComparingInt(Pair::ei));
        Set<Integer> usedG = new HashSet<>(), usedE = new HashSet<>();
        Map<Integer, Integer> matched = new HashMap<>();
        for (Pair p : pairs) {
            if (usedG.contains(p.gi) || usedE.contains(p.ei)) {
                continue;
            }
            usedG.add(p.gi);
            usedE.add(p.ei);
            matched.put(p.gi, p.ei);
        }
        Map<String, int[]> fields = new LinkedHashMap<>();
        FIELDS.forEach(k -> fields.put(k, new int[2]));
        List<String> report = new ArrayList<>();
        int required = 0, found = 0;
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            if (!g.path("required").asBoolean(false)) {
                continue;
            }
            required++;
            Integer ei = matched.get(gi);
            if (ei == null) {
                FIELDS.forEach(k -> fields.get(k)[1]++);
                report.add(g.path("gold_id").asText() + " MISSING");
                continue;
            }
            found++;
            ObjectNode e = events.get(ei);
            for (String k : FIELDS) {
                boolean ok = check(k, g, e);
                fields.get(k)[1]++;
                if (ok) {
                    fields.get(k)[0]++;
                } else {
                    String got = switch (k) {
                        case "inter" -> e.path("inter1") + "," + e.path("inter2");
                        case "actors" -> e.path("actor1").asText() + " | " + e.path("actor2").asText();
                        default -> String.valueOf(e.path(k));
                    };
                    report.add(g.path("gold_id").asText() + " " + k + " WRONG got=" + got);
                }
            }
        }
        for (int ei = 0; ei < events.size(); ei++) {
            if (!usedE.contains(ei)) {
                ObjectNode e = events.get(ei);
                report.add("spurious: " + e.path("event_type").asText() + " / " + e.path("sub_event_type").asText()
                        + " " + e.path("event_date").asText() + " " + e.path("location").asText());
            }
        }
        return new Score(required, found, events.size(), usedE.size(), fields, report);
    }

    static Double match(JsonNode g, JsonNode e) {
        if (!in(g.get("event_type"), e.get("event_type"))) {
            return null;
        }
        if (g.has("event_date") && !in(g.get("event_date"), e.get("event_date"))) {
            return null;
        }
        Double lat = num(e.get("latitude")), lon = num(e.get("longitude"));
        if (lat == null || lon == null) {
            return null;
        }
        JsonNode near = g.get("near");
        double d = org.sitrep.geo.Distance.km(lat, lon, near.get("latitude").asDouble(), near.get("longitude").asDouble());
        return d <= near.get("radius_km").asDouble() ? d : null;
    }

    private static boolean check(String k, JsonNode g, JsonNode e) {
        switch (k) {
            case "sub_event_type":
                return in(g.get("sub_event_type"), e.get("sub_event_type"));
            case "status":
                return !g.has("status") || g.get("status").asText().equals(e.path("status").asText(null));
            case "country":
                return g.path("country").asText().equals(e.path("country").asText(null));
            case "inter": {
                int a = intish(e.get("inter1"), 0), b = intish(e.get("inter2"), 0);
                List<Integer> got = List.of(Math.min(a, b), Math.max(a, b));
                for (JsonNode p : g.get("inter")) {
                    int x = p.get(0).asInt(), y = p.get(1).asInt();
                    if (got.equals(List.of(Math.min(x, y), Math.max(x, y)))) {
                        return true;
                    }
                }
                return false;
            }
            case "fatalities":
            case "injuries":
            case "captured": {
                Integer v = e.get(k) == null || e.get(k).isNull() ? null : intish(e.get(k), 0);
                for (JsonNode allowed : g.get(k)) {
                    if (allowed.isNull() ? v == null : v != null && allowed.asInt() == v) {
                        return true;
                    }
                }
                return false;
            }
            case "source": {
                String src = e.path("source").asText("").toLowerCase(Locale.ROOT);
                for (JsonNode s : g.get("source_any")) {
                    if (src.contains(s.asText().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
            case "actors": {
                for (JsonNode a : g.get("actors_any")) {
                    String want = a.asText().toLowerCase(Locale.ROOT);
                    boolean any = false;
                    for (String f : List.of("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")) {
                        any |= e.path(f).asText("").toLowerCase(Locale.ROOT).contains(want);
                    }
                    if (!any) {
                        return false;
                    }
                }
                return true;
            }
            case "evidence":
                return e.has("evidence") && e.get("evidence").isArray() && !e.get("evidence").isEmpty();
            default:
                throw new IllegalArgumentException("unknown field " + k);
        }
    }

    private static boolean in(JsonNode allowed, JsonNode value) {
        if (allowed == null) {
            return true;
        }
        String v = value == null || value.isNull() ? null : value.asText();
        if (allowed.isArray()) {
            for (JsonNode a : allowed) {
                if (a.asText().equals(v)) {
                    return true;
                }
            }
            return false;
        }
        return allowed.asText().equals(v);
    }

    private static Double num(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int intish(JsonNode n, int dflt) {
        Double d = num(n);
        return d == null ? dflt : (int) d.doubleValue();
    }
}
