package org.counterpart.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.counterpart.network.ProjectLayout;

/** What the per-message benchmarks share: percentiles of measured nanoseconds and where the report goes. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** "Measured <date> by ... on <cores> cores, <os>, Java <version>." */
    static String measuredBy(String benchmark) {
        return "Measured %s by `./mvnw verify -Pbenchmark` (`%s`) on %d cores, %s, Java %s.".formatted(LocalDate.now(),
                benchmark, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    /** "| name | p50 µs | p99 µs | mean µs |" for {@code nanos}, which is sorted in place. */
    static String row(String name, long[] nanos) {
        Arrays.sort(nanos);
        return "| %s | %d µs | %d µs | %d µs |".formatted(name, micros(nanos, 50), micros(nanos, 99),
                Arrays.stream(nanos).sum() / nanos.length / 1000);
    }

    static void write(String fileName, String report) throws IOException {
        Path file = ProjectLayout.detect().root().resolve("docs/benchmarks").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static long micros(long[] sorted, int percent) {
        return percentile(sorted, percent) / 1000;
    }

    /** The nearest-rank {@code percent} percentile of {@code sorted}, which is not empty (100: the maximum). */
    static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The same of nanoseconds, in milliseconds. */
    static double millis(long[] sortedNanos, int percent) {
        return percentile(sortedNanos, percent) / 1_000_000.0;
    }
}
