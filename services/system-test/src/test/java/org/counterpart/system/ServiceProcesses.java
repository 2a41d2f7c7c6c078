package org.counterpart.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The network's service processes as Linux reports them (/proc): CPU time used so far and resident memory,
 * each found by the HTTP port in its environment. For benchmarks, which report cost, not only speed.
 */
final class ServiceProcesses {

    /**
     * One process at one moment: CPU seconds used since it started, of them those of its JIT compiler
     * threads (compiling, not serving), and its resident set in MiB.
     */
    record Usage(double cpuSeconds, double compilerSeconds, long rssMiB) {
    }

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pidByName;
    // HotSpot starts and ends compiler threads as the work asks, and an ended thread's time leaves /proc
    // with it: each thread's highest reading is kept, so the total never falls (a lower bound).
    private final Map<String, Double> compilerThreadSeconds = new java.util.concurrent.ConcurrentHashMap<>();

    private ServiceProcesses(Map<String, Long> pidByName) {
        this.pidByName = pidByName;
    }

    /** The Quarkus processes listening on the ports given, named as given. */
    static ServiceProcesses onPorts(Map<Integer, String> nameByPort) {
        Map<String, Long> found = new TreeMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(process -> {
                String environment = read(process.resolve("environ"));
                nameByPort.forEach((port, name) -> {
                    if (environment.contains("\0QUARKUS_HTTP_PORT=" + port + "\0")
                            || environment.startsWith("QUARKUS_HTTP_PORT=" + port + "\0")) {
                        found.put(name, Long.parseLong(process.getFileName().toString()));
                    }
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceProcesses(found);
    }

    /** Each process's usage now, by name. */
    Map<String, Usage> now() {
        Map<String, Usage> usage = new TreeMap<>();
        pidByName.forEach((name, pid) -> {
            Path process = Path.of("/proc", String.valueOf(pid));
            double cpu = cpuSeconds(read(process.resolve("stat")));
            long rssKiB = read(process.resolve("status")).lines().filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
            usage.put(name, new Usage(cpu, compilerSeconds(pid, process), rssKiB / 1024));
        });
        return usage;
    }

    /**
     * The time of the threads HotSpot names "C1 CompilerThread…" and "C2 CompilerThread…" (15 characters
     * kept by Linux), over every one seen so far.
     */
    private double compilerSeconds(long pid, Path process) {
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            threads.filter(thread -> read(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*"))
                    .forEach(thread -> compilerThreadSeconds.merge(pid + "/" + thread.getFileName(),
                            cpuSeconds(read(thread.resolve("stat"))), Math::max));
        } catch (IOException e) {
            // The process ended: what was read of it stays.
        }
        String prefix = pid + "/";
        return compilerThreadSeconds.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** User and system time of a /proc stat line; the fields after the command name (which may hold spaces) follow its ')'. */
    private static double cpuSeconds(String stat) {
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            // A process that ended, or one not ours to read, is simply not one of the network's.
            return "";
        }
    }
}
