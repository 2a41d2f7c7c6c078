package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a page's commands become one script: the blocks, the expected lines, this run's values. */
class DocumentedScriptTest {

    private static final String PAGE = """
            # A page

            ```bash
            export TH=http://localhost:8081 KC=http://localhost:8180
            curl -s "$TH/requests" | jq -r type
            #> array
            ```

            Some prose, and a block that is not shell:

            ```json
            { "status": 400 }
            ```

            ```bash
            echo done
            #> done
            ```
            """;

    @Test
    void theBashBlocksInOrderWithTheirExpectedOutput() {
        DocumentedScript script = DocumentedScript.of(PAGE);
        assertEquals(List.of("array", "done"), script.expected());
        assertEquals("""
                export TH=http://localhost:8081 KC=http://localhost:8180
                curl -s "$TH/requests" | jq -r type
                #> array
                echo done
                #> done
                """, script.script());
    }

    @Test
    void exportsTakeThisRunsValuesAndAnUnknownOneIsRefused() {
        DocumentedScript script = DocumentedScript.of(PAGE);
        String run = script.withValues(Map.of("TH", "http://127.0.0.1:40001", "KC", "http://127.0.0.1:40002/it's"));
        assertEquals("export TH='http://127.0.0.1:40001' KC='http://127.0.0.1:40002/it'\\''s'", run.lines().findFirst()
                .orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> script.withValues(Map.of("TH", "x")));
        assertThrows(IllegalArgumentException.class, () -> DocumentedScript.of("```bash\necho never closed\n"));
        for (String export : List.of("export TH=\"a b\"", "export TH=x # the address", "  export TH=x", "export th=x")) {
            assertThrows(IllegalArgumentException.class,
                    () -> DocumentedScript.of("```bash\n" + export + "\n```\n").withValues(Map.of("TH", "y")), export);
        }
    }
}
