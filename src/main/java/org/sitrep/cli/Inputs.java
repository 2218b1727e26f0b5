package org.sitrep.cli;

import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.Item;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The article inputs every reading subcommand takes: files or '-' as arguments, and --input JSONL files. */
final class Inputs {
    private Inputs() {
    }

    static List<Item> read(Object command, List<String> files, List<Path> jsonl) {
        if (files.isEmpty() && jsonl.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(command), "give article files, '-', or --input FILE.jsonl");
        }
        List<Item> items = new ArrayList<>();
        for (String f : files) {
            items.add(f.equals("-") ? ArticleReader.stdin(System.in) : ArticleReader.file(Path.of(f)));
        }
        for (Path p : jsonl) {
            ArticleReader.jsonl(p, items::add);
        }
        return items;
    }
}
