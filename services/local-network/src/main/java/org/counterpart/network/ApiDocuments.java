package org.counterpart.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /**
     * The operations of a served document (its JSON form) that a generated client could not name: without
     * an {@code operationId}, or sharing one with another operation; as "METHOD path".
     */
    public static List<String> operationsWithoutTheirOwnId(String servedJson) {
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options");
        Set<String> seen = new HashSet<>();
        List<String> unnamed = new ArrayList<>();
        try {
            JsonNode paths = new ObjectMapper().readTree(servedJson).path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    if (!methods.contains(operation.getKey())) {
                        continue;
                    }
                    String id = operation.getValue().path("operationId").asText("");
                    if (id.isEmpty() || !seen.add(id)) {
                        unnamed.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unnamed;
    }
}
