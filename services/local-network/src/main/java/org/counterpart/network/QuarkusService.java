package org.counterpart.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One service of the network, run from its packaged Quarkus application as a separate JVM. */
public final class QuarkusService implements AutoCloseable {

    private static final Path LIBFAKETIME = Path.of("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logDirectory;
    private final int port;
    private ChildProcess process;
    private int restarts;

    private QuarkusService(String name, List<String> command, Map<String, String> environment, Path logDirectory,
            int port) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.logDirectory = logDirectory;
        this.port = port;
    }

    public static QuarkusService start(String name, Path application, int port, Map<String, String> environment,
            Path logDirectory) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        QuarkusService service = new QuarkusService(name, List.of(java, "-Xmx384m", "-jar", application.toString()),
                Map.copyOf(env), logDirectory, port);
        service.launch(name + ".log", service.environment);
        return service;
    }

    /**
     * Stops the service (if it still runs) and starts it again on the same port with the same settings,
     * as an operator would; each start logs to a file of its own.
     */
    public void restart() {
        stop();
        startAgain();
    }

    /** Stops the service as an operator would (SIGTERM, then SIGKILL if it does not end). */
    public void stop() {
        process.close();
    }

    /** Starts the stopped (or killed) service again on the same port with the same settings. */
    public void startAgain() {
        launch(nextLog(), environment);
    }

    /**
     * Stops the service and starts it again with its host's clock {@code offset} off the true time, as
     * on a host whose time synchronisation failed: libfaketime (Debian's {@code faketime}) moves what the
     * JVM reads as the time of day, not its monotonic clock. {@link #restart()} brings the true time back.
     */
    public void restartWithClockOff(Duration offset) {
        if (!Files.isReadable(LIBFAKETIME)) {
            throw new IllegalStateException("a clock set wrong needs libfaketime: apt-get install faketime");
        }
        stop();
        Map<String, String> env = new HashMap<>(environment);
        env.put("LD_PRELOAD", LIBFAKETIME.toString());
        env.put("FAKETIME", (offset.isNegative() ? "-" : "+") + offset.abs().toSeconds() + "s");
        env.put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        // Its "monotonic fix" makes every clock call of the JVM a slow path: a service then took minutes to start.
        env.put("FAKETIME_FORCE_MONOTONIC_FIX", "0");
        launch(nextLog(), env);
    }

    private String nextLog() {
        restarts++;
        return restarts == 1 ? name + "-restarted.log" : name + "-restarted-" + restarts + ".log";
    }

    /**
     * Another instance of this service beside it, as a rolling update or a second replica runs: the same
     * settings (database, consumer groups, credentials) on port {@code port}, logging to a file of its own.
     */
    public QuarkusService secondInstance(int port) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        QuarkusService second = new QuarkusService(name + "-second", command, Map.copyOf(env), logDirectory, port);
        second.launch(second.name + ".log", second.environment);
        return second;
    }

    /** The operating system's id of the running process: for a test that kills or freezes it. */
    public long pid() {
        return process.pid();
    }

    private void launch(String logName, Map<String, String> env) {
        process = ChildProcess.start(name + " on port " + port, command, env, logDirectory.resolve(logName));
        process.awaitReady(this::ready, Duration.ofSeconds(120));
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return process.log();
    }

    /** Quarkus reports ready once its database and HTTP server are up (SmallRye Health). */
    private boolean ready() {
        return HttpProbe.answersOk(url() + "/q/health/ready");
    }

    @Override
    public void close() {
        process.close();
    }
}
