package org.counterpart.network.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.counterpart.events.Country;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;

/** docs/security.md shows the grants the launcher applies: the same rows, no more, no fewer. */
class AccessTableDocumentTest {

    private static final String COUNTRY = "CC";

    @Test
    void theDocumentedTableIsTheAppliedOne() throws IOException {
        Set<String> applied = ExchangeAccess.table(List.of(Country.of(COUNTRY))).stream()
                .map(grant -> String.join(" | ", grant.principal(), grant.resource().name(), grant.name(),
                        grant.pattern().name(), grant.operation().name()).replace(COUNTRY, "<CC>")
                        .replace(COUNTRY.toLowerCase(java.util.Locale.ROOT), "<cc>"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = Files.readAllLines(ProjectLayout.detect().root().resolve("docs/security.md")).stream()
                .filter(line -> line.matches("\\| [a-z<>A-Z-]+ \\| (TOPIC|GROUP) \\|.*"))
                .map(line -> line.substring(2, line.length() - 2).strip())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(applied, documented);
    }
}
