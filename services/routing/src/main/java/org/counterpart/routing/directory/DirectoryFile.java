package org.counterpart.routing.directory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.events.Country;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;

/**
 * A country's entries as a versioned JSON file, for correspondents who keep their directory in a
 * spreadsheet or another system: exported as they stand, imported after editing. Every problem of an
 * imported file is reported at once with its line and field.
 */
public final class DirectoryFile {

    public static final String FORMAT = "counterpart-directory/1";

    /** The file's shape. {@code version} is the country's directory version it was exported from. */
    public record Document(String format, Country country, String version, Instant exportedAt,
            List<ContactPointData> contactPoints) {
    }

    private DirectoryFile() {
    }

    public static Document export(Country country, Instant exportedAt) {
        List<ContactPointData> entries = ContactPoint.<ContactPoint>list("country = ?1 and active = true order by id", country)
                .stream().map(ContactPointData::of).toList();
        return new Document(FORMAT, country, DirectoryVersion.currentFor(country), exportedAt, entries);
    }

    /** The entries of {@code text} for {@code country}, or a 400 listing every problem with line and field. */
    public static Document parse(String text, Country country, ObjectMapper json, LocalDate today) {
        Map<String, Integer> lines;
        JsonNode root;
        try {
            lines = linesOf(text, json);
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw ProblemException.invalid(List.of(new FieldError("file", "is not valid JSON: " + e.getOriginalMessage(), line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FieldError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw ProblemException.invalid(List.of(new FieldError("file", "must be a JSON object", 1)));
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            errors.add(at(lines, "format", "must be \"" + FORMAT + "\""));
        }
        if (!country.code().equals(root.path("country").asText(null))) {
            errors.add(at(lines, "country", "must be " + country + ", the country this file is imported for"));
        }
        JsonNode points = root.path("contactPoints");
        if (!points.isArray()) {
            errors.add(at(lines, "contactPoints", "must be a list of entries"));
            throw ProblemException.invalid(errors);
        }
        if (points.isEmpty()) {
            errors.add(at(lines, "contactPoints", "is empty; deactivate entries one by one instead of importing nothing"));
        }
        if (root.path("version").asText("").isBlank()) {
            errors.add(at(lines, "version", "is required: the version of the export this file started from"));
        }
        ObjectReader strict = json.readerFor(ContactPointData.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<ContactPointData> entries = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String prefix = "contactPoints[" + i + "]";
            if (!points.get(i).isObject()) {
                errors.add(at(lines, prefix, "must be a directory entry (an object)"));
                continue;
            }
            try {
                ContactPointData entry = strict.readValue(points.get(i));
                entries.add(entry);
                for (FieldError error : EntryRules.check(entry, country, prefix + ".", today)) {
                    errors.add(at(lines, error.field(), error.message()));
                }
            } catch (UnrecognizedPropertyException e) {
                errors.add(at(lines, prefix + "." + e.getPropertyName(), "is not a field of a directory entry"));
            } catch (InvalidFormatException e) {
                Class<?> wanted = e.getTargetType();
                errors.add(at(lines, prefix + fieldPath(e), wanted != null && wanted.isEnum()
                        ? "must be one of " + java.util.Arrays.toString(wanted.getEnumConstants()) + ", not " + e.getValue()
                        : "has the wrong type: " + e.getOriginalMessage()));
            } catch (JsonMappingException e) {
                errors.add(at(lines, prefix + fieldPath(e), "has the wrong type or an unknown value: " + e.getOriginalMessage()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (FieldError duplicate : DirectoryEditor.duplicates(entries)) {
            errors.add(at(lines, duplicate.field(), duplicate.message()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Document(FORMAT, country, root.path("version").asText(null), null, entries);
    }

    /** The line of {@code field} (e.g. {@code contactPoints[2].measures[0]}), or of the nearest enclosing value. */
    private static FieldError at(Map<String, Integer> lines, String field, String message) {
        String pointer = "/" + field.replace("[", "/").replace("]", "").replace(".", "/");
        while (!lines.containsKey(pointer) && pointer.lastIndexOf('/') > 0) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return new FieldError(field, message, lines.getOrDefault(pointer, 1));
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.append(reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return path.toString();
    }

    /** Where each value of the document starts, by JSON pointer. */
    private static Map<String, Integer> linesOf(String text, ObjectMapper json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = json.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                String pointer = (opens ? parser.getParsingContext().getParent() : parser.getParsingContext())
                        .pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }
}
