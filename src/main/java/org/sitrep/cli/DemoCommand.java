package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code sitrep demo}: a fresh store under target/demo filled with the bundled example reports (written
 * for this project), then the map on http://127.0.0.1:8080.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled example reports into a fresh store and serve the map.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080")
    int port;

    @Option(names = "--examples", description = "folder of reports (default: the project's examples/reports)")
    Path examples;

    /** The project folder: the jar lives in its target/ (the launcher builds it there). */
    static Path projectRoot() {
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = jar.getParent();
            if (target != null && target.getParent() != null && Files.isDirectory(target.getParent().resolve("examples"))) {
                return target.getParent();
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    @Override
    public Integer call() throws Exception {
        Path root = projectRoot();
        if (examples == null) {
            examples = root.resolve("examples").resolve("reports");
        }
        Path data = root.resolve("target").resolve("demo");
        if (Files.exists(data)) {
            try (Stream<Path> s = Files.walk(data)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot empty " + data + ": " + e.getMessage(), e);
            }
        }
        int code = Main.run("ingest", "--data", data.toString(), examples.toString());
        if (code != 0) {
            return code;
        }
        ServeCommand serve = new ServeCommand();
        serve.host = "127.0.0.1";
        serve.port = port;
        serve.where.data = data;
        return serve.call();
    }

}
