package org.counterpart.system.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The network's PostgreSQL server, found by its data directory: its postmaster, and pg_ctl beside it. */
final class PostgresProcess implements AutoCloseable {

    private final Path data;
    private Process restarted;

    PostgresProcess(Path data) {
        this.data = data;
    }

    /** The postmaster's process id, as the server itself records it. */
    long pid() {
        try {
            return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no running server in " + data, e);
        }
    }

    /**
     * An immediate restart, as {@code pg_ctl restart -m immediate} does it (pg_ctl itself refuses to run
     * as root, which CI is): SIGQUIT makes the postmaster kill every backend without a checkpoint, as in
     * a crash, then the server is started again with its own command line and recovers from its
     * write-ahead log. Every open connection is broken.
     */
    void restartImmediately() {
        long pid = pid();
        List<String> command = commandLineOf(pid);
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        Signals.quit(pid);
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
            restarted = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(data.resolveSibling("postgres-restarted.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL did not stop on SIGQUIT", e);
        }
    }

    /** Stops a server this started (the network's own stop ends the one it started). */
    @Override
    public void close() {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy();
        }
    }

    private static List<String> commandLineOf(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
            return List.of(new String(raw, java.nio.charset.StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the command line of PostgreSQL", e);
        }
    }
}
