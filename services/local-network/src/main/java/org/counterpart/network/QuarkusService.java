package org.counterpart.network;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One service of the network, run from its packaged Quarkus application as a separate JVM. */
public final class QuarkusService implements AutoCloseable {

    private final String name;
    private final ChildProcess process;
    private final int port;

    private QuarkusService(String name, ChildProcess process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    public static QuarkusService start(String name, Path application, int port, Map<String, String> environment,
            Path logDirectory) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ChildProcess process = ChildProcess.start(name + " on port " + port,
                List.of(java, "-Xmx384m", "-jar", application.toString()), env, logDirectory.resolve(name + ".log"));
        QuarkusService service = new QuarkusService(name, process, port);
        process.awaitReady(service::ready, Duration.ofSeconds(120));
        return service;
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
