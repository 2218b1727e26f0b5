package org.sitrep.cli;

import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Item;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** The article inputs every reading subcommand takes: files or '-' as arguments, and --input JSONL files ('-' too). */
final class Inputs {
    private Inputs() {
    }

    static void check(Object command, List<String> files, List<Path> jsonl) {
        if (files.isEmpty() && jsonl.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(command), "give article files, '-', or --input FILE.jsonl");
        }
    }

    /** Every input, handed to {@code sink} as it is read: a JSONL file line by line, never whole. */
    static void each(List<String> files, List<Path> jsonl, Consumer<Item> sink) {
        for (String f : files) {
            sink.accept(f.equals("-") ? ArticleReader.stdin(System.in) : ArticleReader.file(Path.of(f)));
        }
        for (Path p : jsonl) {
            if (p.toString().equals("-")) {
                try {
                    ArticleReader.jsonl("<stdin>", System.in, sink);
                } catch (IOException e) {
                    sink.accept(Item.bad(new InputProblem("<stdin>", "cannot read: " + e.getMessage())));
                }
            } else {
                ArticleReader.jsonl(p, sink);
            }
        }
    }
}
