package org.counterpart.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterpart.events.sealing.Sealed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hub and the broker see exactly the fields docs/events.md lists as clear: a payload that gains a
 * field in clear, or a sealed part that stops being sealed, fails here until the list says so.
 */
class ClearFieldsTest {

    private static final Path EVENTS_DOC = Path.of("../../docs/events.md");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    record Listed(Set<String> clear, Set<String> sealed) {
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadRecordHasExactlyTheListedClearAndSealedFields(EventType type) throws IOException {
        Listed listed = documented().get(type.ceType().substring("org.counterpart.".length()));
        Set<String> clear = new TreeSet<>();
        Set<String> sealed = new TreeSet<>();
        walk(type.payloadType(), "", clear, sealed);

        assertEquals(listed.clear(), clear, type + ": fields in clear (docs/events.md, 'Clear and sealed fields')");
        assertEquals(listed.sealed(), sealed, type + ": sealed fields");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleCarriesNothingOutsideTheList(EventType type) throws IOException {
        Listed listed = documented().get(type.ceType().substring("org.counterpart.".length()));
        Set<String> written = new TreeSet<>();
        leaves(GoldenSampleTest.sampleOf(type).get("data"), "", written);
        Set<String> allowed = new TreeSet<>(listed.clear());
        allowed.addAll(listed.sealed());
        written.removeAll(allowed);
        assertTrue(written.isEmpty(), () -> type + " sample has fields outside the list: " + written);
    }

    /** Leaf paths of a record: nested records and lists of records are walked into; a sealed part is one leaf. */
    private static void walk(Class<?> type, String prefix, Set<String> clear, Set<String> sealed) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            Class<?> fieldType = component.getType();
            if (fieldType == Sealed.class) {
                sealed.add(path);
            } else if (List.class.isAssignableFrom(fieldType)
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                walk(element, path + "[].", clear, sealed);
            } else if (fieldType.isRecord() && fieldType != Country.class) {
                // A country is one value on the wire (its code), not a nested object.
                walk(fieldType, path + ".", clear, sealed);
            } else {
                clear.add(path);
            }
        }
    }

    private static void leaves(JsonNode node, String prefix, Set<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            String path = prefix + field.getKey();
            if (value.isObject()) {
                leaves(value, path + ".", paths);
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                value.forEach(element -> leaves(element, path + "[].", paths));
            } else {
                paths.add(path);
            }
        }
    }

    private static Map<String, Listed> documented() throws IOException {
        String doc = Files.readString(EVENTS_DOC);
        String section = doc.substring(doc.indexOf("## Clear and sealed fields"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        return section.lines()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.split("\\|", -1))
                .collect(Collectors.toMap(cells -> names(cells[1]).iterator().next(),
                        cells -> new Listed(names(cells[2]), names(cells[3]))));
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(cell);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
