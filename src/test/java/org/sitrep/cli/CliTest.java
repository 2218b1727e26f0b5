package org.sitrep.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end: exit codes, one-line errors naming the input, a batch that goes on. */
class CliTest {
    private static final String GOOD = "Two soldiers were killed on Monday when a roadside bomb exploded near Mosul, "
            + "a security source said. The army sent reinforcements to the area.";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut, oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path good() throws IOException {
        return write("good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void versionCreditsTheBundledData() {
        assertEquals(0, org.sitrep.cli.Main.run("--version"), stderr());
        String v = stdout();
        assertTrue(v.contains("GeoNames"), v);
        // Who's On First's licence asks that its attribution ship with the data (../shared/data/gazetteer-wof)
        assertTrue(v.contains("Contains data from Who's On First (https://whosonfirst.org/)"), v);
        assertTrue(v.contains("Quattroshapes") && v.contains("Statoids"), v);
    }

    @Test
    void badFilesAreReportedAndTheBatchGoesOn() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("binary.bin", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Path badUtf8 = write("latin1.txt", "Caf\u00e9 bombing kills two in the town".getBytes(StandardCharsets.ISO_8859_1));
        Path french = write("french.txt", ("Deux soldats ont été tués lundi dans une explosion près de Mossoul, "
                + "selon une source de sécurité qui a demandé l'anonymat pour des raisons évidentes.")
                .getBytes(StandardCharsets.UTF_8));
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        int code = org.sitrep.cli.Main.run("extract", "--published", "2019-10-29", empty.toString(), binary.toString(),
                badUtf8.toString(), french.toString(), huge.toString(), good().toString());
        assertEquals(0, code, stderr());
        String e = stderr();
        assertTrue(e.contains(empty + ": empty input"), e);
        assertTrue(e.contains(binary + ": binary content"), e);
        assertTrue(e.contains(badUtf8 + ": not valid UTF-8"), e);
        assertTrue(e.contains(french + ": does not look like English"), e);
        assertTrue(e.contains(huge + ": too large"), e);
        assertTrue(e.contains("1 articles") && e.contains("5 errors"), e);
        assertTrue(stdout().contains("\"article_id\":\"good.txt\""), stdout());
        for (String line : e.split("\n")) {
            assertTrue(line.length() < 300, "one short line per problem: " + line);
        }
    }

    @Test
    void malformedJsonlLineIsNamedByLineNumber() throws IOException {
        Path jsonl = write("in.jsonl", ("{\"id\":\"a\",\"text\":\"" + GOOD + "\",\"published\":\"2019-10-29\"}\n"
                + "{\"id\": \"b\", \"text\": \n"
                + "{\"id\":\"c\",\"text\":\"" + GOOD + "\",\"published\":\"2019-02-30\"}\n"
                + "{\"id\":\"d\"}\n").getBytes(StandardCharsets.UTF_8));
        int code = org.sitrep.cli.Main.run("extract", "--input", jsonl.toString());
        assertEquals(0, code, stderr());
        assertTrue(stderr().contains(jsonl + " line 2: malformed JSON"), stderr());
        assertTrue(stderr().contains(jsonl + " line 3 (id c): \"published\" is not a date"), stderr());
        assertTrue(stderr().contains(jsonl + " line 4: no \"text\" string"), stderr());
        assertTrue(stdout().contains("\"article_id\":\"a\""), stdout());
    }

    @Test
    void impossiblePublishedDateIsAnArgumentError() throws IOException {
        int code = org.sitrep.cli.Main.run("extract", "--published", "2019-02-30", good().toString());
        assertEquals(2, code);
        assertTrue(stderr().contains("'2019-02-30' is not a real date"), stderr());
    }

    @Test
    void nothingProcessableIsNonZero() throws IOException {
        int code = org.sitrep.cli.Main.run("extract", write("e.txt", new byte[0]).toString());
        assertEquals(1, code);
        assertTrue(stderr().contains("0 articles"), stderr());
    }

    @Test
    void csvAndGeoJsonFormats() throws IOException {
        assertEquals(0, org.sitrep.cli.Main.run("extract", "--published", "2019-10-29", "--format", "acled-csv",
                good().toString()));
        String csv = stdout();
        assertTrue(csv.startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type"), csv);
        assertTrue(csv.contains("Remote explosive/landmine/IED"), csv);
        out.reset();
        assertEquals(0, org.sitrep.cli.Main.run("extract", "--published", "2019-10-29", "--format", "geojson",
                good().toString()));
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stdout());
        assertEquals("FeatureCollection", tree.get("type").asText());
        assertEquals("Point", tree.get("features").get(0).get("geometry").get("type").asText());
    }

    @Test
    void unknownFormatIsAnArgumentError() throws IOException {
        assertEquals(2, org.sitrep.cli.Main.run("extract", "--format", "xml", good().toString()));
        assertTrue(stderr().contains("unknown format 'xml'"), stderr());
    }

    @Test
    void htmlIsReducedToText() throws IOException {
        Path html = write("page.html", ("<!doctype html><html><head><title>Blast near Mosul</title>"
                + "<meta property=\"article:published_time\" content=\"2019-10-29T08:00:00Z\"></head><body>"
                + "<nav>Home | World</nav><article><h1>Blast near Mosul</h1><p>" + GOOD + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(0, org.sitrep.cli.Main.run("extract", html.toString()));
        assertTrue(stdout().contains("\"event_date\":\"2019-10-28\""), stdout());
    }
}
