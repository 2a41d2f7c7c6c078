package org.counterpart.system.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The network's PostgreSQL server, found by its data directory: its postmaster, and pg_ctl beside it. */
final class PostgresProcess {

    private final Path data;

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
     * {@code pg_ctl restart -m immediate}: every backend is killed without a checkpoint, as in a crash, and
     * the server recovers from its write-ahead log as it starts again; every open connection is broken.
     * As root (CI), pg_ctl runs in a user namespace of its own, as the embedded server was started.
     */
    void restartImmediately() {
        Path pgCtl;
        try {
            pgCtl = Path.of("/proc", String.valueOf(pid()), "exe").toRealPath().resolveSibling("pg_ctl");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find pg_ctl", e);
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "-m", "immediate", "-w", "-t", "60",
                "-l", data.resolveSibling("postgres-restarted.log").toString(), "restart"));
        Path log = data.resolveSibling("pg_ctl.log");
        try {
            Process restart = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!restart.waitFor(90, TimeUnit.SECONDS) || restart.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl restart failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
