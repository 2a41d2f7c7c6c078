package org.counterpart.routing.console;

import java.util.List;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.routing.directory.DirectoryEditor;

/** What an imported file did, or every problem it has by line and field (then it changed nothing). */
public record ImportOutcome(DirectoryEditor.ImportResult result, List<FieldError> problems) {

    public static final ImportOutcome NONE = new ImportOutcome(null, List.of());

    public boolean refused() {
        return !problems.isEmpty();
    }
}
