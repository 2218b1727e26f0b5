package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code sitrep serve} on a port something else holds: one line, a non-zero exit, no stack trace. */
class ServeCliTest {
    @TempDir
    Path dir;

    @Test
    void aTakenPortIsOneLineAndExitCodeOne() throws IOException {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--db", dir.resolve("s.db").toString(),
                    "--data", dir.toString());
            assertEquals(1, code, err.toString());
        } finally {
            System.setErr(old);
        }
        String e = err.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, e.lines().count(), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), e);
        assertEquals(true, e.matches("sitrep serve: port \\d+ on 127\\.0\\.0\\.1 is already in use; .*--port.*"), e);
    }
}
