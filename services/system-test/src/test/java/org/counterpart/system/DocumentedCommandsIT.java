package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.counterpart.network.Countries;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shell command in docs/ runs, as written, against the real network, and prints what the page says
 * it prints: a page's {@code bash} blocks run in order as one script, and each {@code #>} line is the
 * output of the command before it. Only the addresses and the password a page exports are this run's.
 */
@ExtendWith(RegionalNetwork.class)
class DocumentedCommandsIT {

    /** Generous for a page that waits on the other side a few times, each at most a minute. */
    private static final long SCRIPT_TIMEOUT_MINUTES = 5;

    static Stream<Path> pagesWithCommands() throws IOException {
        try (Stream<Path> pages = Files.list(ProjectLayout.detect().root().resolve("docs"))) {
            List<Path> withCommands = pages.filter(page -> page.toString().endsWith(".md"))
                    .filter(page -> !DocumentedScript.of(read(page)).script().isBlank()).sorted().toList();
            assertFalse(withCommands.isEmpty(), "no page of docs/ has a bash block");
            return withCommands.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pagesWithCommands")
    void thePageRunsAsWritten(Path page) throws IOException, InterruptedException {
        for (String tool : List.of("curl", "jq")) {
            assertTrue(onPath(tool), "the documented commands use " + tool + ": install it (Debian: apt-get install "
                    + tool + ")");
        }
        LocalNetwork network = RegionalNetwork.get();
        URI tokenEndpoint = URI.create(network.tokenEndpoint());
        Map<String, String> values = Map.of(
                "KC", tokenEndpoint.getScheme() + "://" + tokenEndpoint.getAuthority(),
                "TH", network.countryUrl(Countries.TH),
                "MY", network.countryUrl(Countries.MY),
                "PH", network.countryUrl(Countries.PH),
                "ROUTING", network.routingUrl(),
                "TRACKING", network.trackingUrl(),
                "DEMO_PASSWORD", network.demoPassword());
        DocumentedScript documented = DocumentedScript.of(read(page));

        // Output to files, so a page that prints much never blocks on a full pipe.
        Path stdout = Files.createTempFile("documented-", ".out");
        Path stderr = Files.createTempFile("documented-", ".err");
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", documented.withValues(values))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean ended = bash.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            bash.destroyForcibly().waitFor();
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(ended, page + " did not finish in " + SCRIPT_TIMEOUT_MINUTES + " minutes; printed:\n" + out);
        assertEquals(0, bash.exitValue(), page + " failed; printed:\n" + out + "\nand on stderr:\n" + err);
        assertEquals(documented.expected(), out.lines().toList(), page + "'s #> lines; stderr:\n" + err);
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + page, e);
        }
    }
}
