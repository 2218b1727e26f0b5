package org.sitrep.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the driver lists: files by their names, folders walked, Hadoop's bookkeeping and sidecars left alone. */
class InputFileTest {
    @Test
    void namesSayHowAFileIsRead() {
        assertEquals(InputFile.Kind.JSONL, InputFile.kindOf("a.jsonl"));
        assertEquals(InputFile.Kind.JSONL, InputFile.kindOf("a.JSONL.gz"));
        assertEquals(InputFile.Kind.WARC, InputFile.kindOf("CC-NEWS-20240101.warc.gz"));
        assertEquals(InputFile.Kind.WARC, InputFile.kindOf("x.warc"));
        assertEquals(InputFile.Kind.FILE, InputFile.kindOf("report.txt.gz"));
        assertEquals(InputFile.Kind.FILE, InputFile.kindOf("page.HTML"));
        assertNull(InputFile.kindOf("report.json"));
        assertNull(InputFile.kindOf("notes.md"));
    }

    @Test
    void foldersAreWalkedAndGlobsExpanded(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("in/2019"));
        for (String f : List.of("in/a.jsonl", "in/2019/b.txt", "in/2019/b.json", "in/2019/c.warc.gz", "in/README.md",
                "in/_SUCCESS", "in/.a.jsonl.crc")) {
            Files.writeString(dir.resolve(f), "x");
        }
        Configuration conf = new Configuration();
        InputFile.Listing l = InputFile.list(List.of(dir.resolve("in").toString()), conf);
        assertEquals(List.of("2019/b.txt", "2019/c.warc.gz", "a.jsonl"), l.files().stream()
                .map(f -> f.uri().substring(f.uri().indexOf("/in/") + 4)).toList());
        assertEquals(1, l.passedOver(), "README.md is named; the sidecar and Hadoop's files are not");
        assertTrue(l.files().stream().allMatch(InputFile::inFolder));

        InputFile.Listing glob = InputFile.list(List.of(dir.resolve("in/2019/*.txt").toString()), conf);
        assertEquals(1, glob.files().size());
        InputFile.Listing single = InputFile.list(List.of(dir.resolve("in/README.md").toString()), conf);
        assertEquals(InputFile.Kind.FILE, single.files().get(0).kind(), "a file given by name is an article whatever its name");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputFile.list(List.of(dir.resolve("nowhere").toString()), conf));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("no such file"), e.getMessage());
    }
}
