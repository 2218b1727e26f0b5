package org.sitrep.cli;

import org.sitrep.serve.Server;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sitrep serve}: the REST API and the web map, on loopback unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and the web map.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1)")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default 8080; 0 picks a free one)")
    int port;

    @Option(names = "--token", description = "write token, required beyond loopback (default $SITREP_TOKEN)")
    String token;

    @Option(names = "--allowed-host", paramLabel = "NAME[:PORT]", description = "a host name the server answers to besides "
            + "localhost, 127.0.0.1, [::1] and --host (a reverse proxy's name, say); repeatable")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--tiles", description = "optional tile URL template for users online, e.g. https://.../{z}/{x}/{y}.png")
    String tiles;

    @picocli.CommandLine.Mixin
    StoreOptions where = new StoreOptions();

    @Override
    public Integer call() throws InterruptedException {
        String t = token != null ? token : System.getenv("SITREP_TOKEN");
        try (JdbcEventStore store = where.open()) {
            Server s = new Server(store, Engine.extractor(where.dataDir()), t, tiles).allowedHosts(allowedHosts)
                    .start(host, port); // a port in use is one line from Main, exit code 1
            System.err.println("sitrep serve: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + s.port() + "/ (Ctrl-C to stop); places indexed by "
                    + store.spatialIndex());
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                s.stop();
                stop.countDown();
            }));
            stop.await();
        }
        return 0;
    }
}
