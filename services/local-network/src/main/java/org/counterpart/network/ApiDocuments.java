package org.counterpart.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the OpenAPI documents under docs/openapi in step with what the services serve: a test hands
 * the served document here; a difference fails the test and leaves the new version in target/ to copy.
 */
public final class ApiDocuments {

    private ApiDocuments() {
    }

    /** Null when the served document matches the checked-in one, otherwise why not and what to do. */
    public static String differenceFromCheckedIn(String service, String served) {
        Path checkedIn = ProjectLayout.detect().root().resolve("docs/openapi/" + service + ".yaml");
        try {
            Path fresh = ProjectLayout.detect().root().resolve("services/" + service + "/target/openapi/" + service + ".yaml");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, served);
            if (Files.exists(checkedIn) && Files.readString(checkedIn).strip().equals(served.strip())) {
                return null;
            }
            return "docs/openapi/" + service + ".yaml is not what the service serves; if the change is intended: cp "
                    + fresh + " " + checkedIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
