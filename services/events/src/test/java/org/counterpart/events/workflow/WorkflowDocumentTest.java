package org.counterpart.events.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs/cooperation.md shows every kind's workflow as the table defines it. When the table changes this
 * fails and writes the document as it should read to target/cooperation.md.
 */
class WorkflowDocumentTest {

    private static final Path DOCUMENT = Path.of("../../docs/cooperation.md");
    private static final Path CORRECTED = Path.of("target/cooperation.md");

    @ParameterizedTest
    @EnumSource(CooperationKind.class)
    void theDocumentShowsTheWorkflowTheServicesEnforce(CooperationKind kind) throws IOException {
        String document = Files.readString(DOCUMENT);
        int begin = document.indexOf(WorkflowDocument.begin(kind));
        int end = document.indexOf(WorkflowDocument.end(kind));
        assertTrue(begin >= 0 && end > begin, () -> "docs/cooperation.md has no generated section for " + kind
                + "; add the lines\n" + WorkflowDocument.begin(kind) + "\n" + WorkflowDocument.end(kind));
        String shown = document.substring(begin, end + WorkflowDocument.end(kind).length());
        String expected = WorkflowDocument.render(Workflows.of(kind));
        if (!shown.equals(expected)) {
            Files.writeString(CORRECTED, document.replace(shown, expected));
        }
        assertEquals(expected, shown, () -> "the " + kind + " workflow changed; review and run: cp services/events/"
                + CORRECTED + " docs/cooperation.md");
    }
}
