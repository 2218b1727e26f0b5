package org.sitrep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the production code, read from its source files: packages depend only on packages
 * upstream of them, and no file grows past {@value #MAX_LINES} lines. The checkers are tried on small
 * made-up trees below, so a clean report means the tree is clean, not that the checker saw nothing.
 */
class ArchitectureTest {
    static final Path MAIN = Path.of("src/main/java");
    static final int MAX_LINES = 450;
    /**
     * The packages under org.sitrep, upstream first. A package may use packages of earlier layers and
     * itself; packages of one layer are peers and may not use each other. Listed packages need not exist.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("model"),
            List.of("ingest", "nlp"),
            List.of("lexicon"),
            List.of("geo"),
            List.of("extract"),
            List.of("fuse"),
            List.of("store"),
            List.of("export", "eval"),
            List.of("serve", "archive"),
            List.of("cli"));

    /** An import or a fully qualified name of a package under org.sitrep (classes directly in org.sitrep are capitalised). */
    private static final Pattern USE = Pattern.compile("(?<![\\w$.])org\\.sitrep\\.([a-z_][a-z0-9_]*)\\b");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+org\\.sitrep\\.([a-z_][a-z0-9_]*)");

    @Test
    void packagesUseOnlyUpstreamPackages() {
        List<String> v = layeringViolations(MAIN);
        assertTrue(v.isEmpty(), () -> v.size() + " layering violation(s) under " + MAIN + " (order: " + order() + "):\n  "
                + String.join("\n  ", v));
    }

    @Test
    void noProductionFileIsOverTheLimit() {
        List<String> v = oversizedFiles(MAIN);
        assertTrue(v.isEmpty(), () -> v.size() + " production file(s) over " + MAX_LINES + " lines:\n  "
                + String.join("\n  ", v));
    }

    // ---- the checkers on made-up trees ----

    @Test
    void aTreeThatKeepsTheRulesPasses(@TempDir Path root) {
        write(root, "model/Event.java", "package org.sitrep.model;\n\npublic record Event(String id) {\n}\n");
        write(root, "extract/Extractor.java", """
                package org.sitrep.extract;

                import org.sitrep.model.Event;
                import org.sitrep.geo.*;
                import static org.sitrep.nlp.Token.of;
                import org.sitrep.extract.inner.Helper;

                /** Feeds org.sitrep.store.EventStore and org.sitrep.cli (a comment is no dependency). */
                class Extractor {
                    String s = "org.sitrep.cli.Main"; // nor a string: org.sitrep.serve
                    char c = '"';
                    String t = \"""
                        org.sitrep.export.EventJson
                        \""";
                    org.sitrep.lexicon.Lexicon lexicon;
                    org.sitrep.TestEngine engine;
                    /* org.sitrep.serve.Server */ int x;
                }
                """);
        write(root, "cli/Main.java", "package org.sitrep.cli;\nimport org.sitrep.serve.Server;\nimport org.sitrep.archive.A;\n");
        write(root, "Top.java", "package org.sitrep;\nimport org.sitrep.cli.Main;\n");
        write(root, "store/Big.java", "x\n".repeat(MAX_LINES));
        assertEquals(List.of(), layeringViolations(root.resolve("src")));
        assertEquals(List.of(), oversizedFiles(root.resolve("src")));
    }

    @Test
    void anUpwardImportAPeerImportAndAFullyQualifiedUpwardUseFail(@TempDir Path root) {
        write(root, "model/Event.java", "package org.sitrep.model;\n\nimport org.sitrep.store.EventStore;\n");
        write(root, "nlp/Token.java", "package org.sitrep.nlp;\nimport org.sitrep.model.Event;\nimport org.sitrep.ingest.Item;\n");
        write(root, "geo/Resolver.java", """
                package org.sitrep.geo;

                class Resolver {
                    void f() { var e = new org.sitrep.extract.Extractor(); var x = org.sitrep.extract.Lexicon.X; }
                    java.util.List<org.sitrep.eval.GoldScorer> g;
                }
                """);
        List<String> v = layeringViolations(root.resolve("src"));
        String base = root.resolve("src/org/sitrep").toString();
        assertEquals(List.of(
                base + "/geo/Resolver.java:4: geo uses extract (downstream)",
                base + "/geo/Resolver.java:5: geo uses eval (downstream)",
                base + "/model/Event.java:3: model uses store (downstream)",
                base + "/nlp/Token.java:3: nlp uses ingest (a peer)"), v);
    }

    @Test
    void aPackageInNoLayerFails(@TempDir Path root) {
        write(root, "util/Strings.java", "package org.sitrep.util;\nimport org.sitrep.cli.Main;\n");
        write(root, "extract/Extractor.java", "package org.sitrep.extract;\nimport org.sitrep.util.Strings;\n");
        List<String> v = layeringViolations(root.resolve("src"));
        String base = root.resolve("src/org/sitrep").toString();
        assertEquals(List.of(
                base + "/extract/Extractor.java:2: extract uses util, a package in no layer",
                base + "/util/Strings.java: package util is in no layer"), v);
    }

    @Test
    void aFileOfOneLineTooManyFails(@TempDir Path root) {
        write(root, "store/Ok.java", "x\n".repeat(MAX_LINES));
        write(root, "store/Big.java", "x\n".repeat(MAX_LINES + 1));
        write(root, "serve/Bigger.java", "x\n".repeat(MAX_LINES + 9) + "no newline at the end");
        String base = root.resolve("src/org/sitrep").toString();
        assertEquals(List.of(base + "/serve/Bigger.java: 460 lines", base + "/store/Big.java: 451 lines"),
                oversizedFiles(root.resolve("src")));
    }

    private static void write(Path root, String rel, String text) {
        Path p = root.resolve("src/org/sitrep").resolve(rel);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the checkers ----

    /** Every use of a package that is not upstream of the using file's, "file:line: a uses b (why)", by file and line. */
    static List<String> layeringViolations(Path root) {
        Map<String, Integer> layer = new HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layer.put(p, i);
            }
        }
        Map<Path, List<String>> byFile = new TreeMap<>();
        Map<String, Path> unknown = new TreeMap<>();
        for (Path f : javaFiles(root)) {
            Path rel = root.relativize(f);
            if (rel.getNameCount() < 4 || !rel.getName(0).toString().equals("org") || !rel.getName(1).toString().equals("sitrep")) {
                continue; // outside org.sitrep, or a top-level class in org.sitrep
            }
            String[] lines = withoutCommentsAndStrings(read(f)).split("\n", -1);
            String own = rel.getName(2).toString();
            for (String line : lines) {
                Matcher m = PACKAGE.matcher(line);
                if (m.find()) {
                    own = m.group(1);
                    break;
                }
            }
            Integer ownLayer = layer.get(own);
            if (ownLayer == null) {
                unknown.putIfAbsent(own, f);
            }
            List<String> found = new ArrayList<>();
            for (int n = 0; n < lines.length; n++) {
                Matcher m = USE.matcher(lines[n]);
                Set<String> seen = new LinkedHashSet<>();
                while (m.find()) {
                    String used = m.group(1);
                    if (used.equals(own) || !seen.add(used)) {
                        continue;
                    }
                    Integer usedLayer = layer.get(used);
                    String where = f + ":" + (n + 1) + ": " + own + " uses " + used;
                    if (usedLayer == null) {
                        found.add(where + ", a package in no layer");
                    } else if (ownLayer != null && usedLayer > ownLayer) {
                        found.add(where + " (downstream)");
                    } else if (ownLayer != null && usedLayer.equals(ownLayer)) {
                        found.add(where + " (a peer)");
                    }
                }
            }
            if (!found.isEmpty()) {
                byFile.put(f, found);
            }
        }
        List<String> out = new ArrayList<>();
        unknown.forEach((pkg, f) -> byFile.computeIfAbsent(f, k -> new ArrayList<>())
                .add(f + ": package " + pkg + " is in no layer"));
        byFile.values().forEach(out::addAll);
        return out;
    }

    /** Every Java file over {@value #MAX_LINES} lines, "file: N lines", by path. */
    static List<String> oversizedFiles(Path root) {
        List<String> out = new ArrayList<>();
        for (Path f : javaFiles(root)) {
            int n = lineCount(read(f));
            if (n > MAX_LINES) {
                out.add(f + ": " + n + " lines");
            }
        }
        return out;
    }

    /** Lines as an editor numbers them: a last line without a newline counts. */
    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = (int) text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? n : n + 1;
    }

    /** The code with comments, string, text-block and char literals blanked out; newlines stay, so lines keep their numbers. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                blank(s, i, end, out);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < s.length() && !s.startsWith("\"\"\"", j)) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(s.length(), j + 3);
                blank(s, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(s.length(), j + 1);
                blank(s, i, end, out);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(root.toAbsolutePath() + " is not a directory");
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.ISO_8859_1); // any bytes read; only ASCII matters here
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String order() {
        List<String> parts = new ArrayList<>();
        for (List<String> l : LAYERS) {
            parts.add(String.join(",", l));
        }
        return String.join(" < ", parts);
    }
}
