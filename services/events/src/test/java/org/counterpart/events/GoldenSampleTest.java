package org.counterpart.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every event type has a schema and a golden sample, and the code reads and writes exactly that document. */
class GoldenSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers ->
                    mappers.mapPrefix("https://counterpart.example/schemas/", "classpath:schemas/")));

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleSatisfiesItsSchema(EventType type) throws IOException {
        Set<ValidationMessage> errors = schemaOf(type).validate(sampleOf(type));
        assertTrue(errors.isEmpty(), () -> type + " sample violates its schema: " + errors);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void codecReadsTheSampleAndWritesItBackUnchanged(EventType type) throws IOException {
        JsonNode sample = sampleOf(type);
        Envelope envelope = EventCodec.deserialize(JSON.writeValueAsBytes(sample));

        assertEquals(type, envelope.type());
        assertEquals(sample.get("requestid").asText(), envelope.requestId().toString());
        assertEquals(sample, JSON.readTree(EventCodec.serialize(envelope)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaRejectsAnEventWithoutItsPayload(EventType type) throws IOException {
        JsonNode broken = sampleOf(type).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("data")).remove("requestId");
        assertTrue(!schemaOf(type).validate(broken).isEmpty(), "schema must require data.requestId");
    }

    /** A resubmission carries the corrected request sealed; what the officer wrote may not travel beside it in clear. */
    @Test
    void resubmissionSatisfiesTheSchemaAndTheSchemaRefusesANoteInClear() throws IOException {
        JsonNode sample = readSample("/samples/request-action-taken-resubmission.v2.json");
        JsonSchema schema = schemaOf(EventType.REQUEST_ACTION_TAKEN);
        assertTrue(schema.validate(sample).isEmpty(), () -> "sample violates the schema: " + schema.validate(sample));
        Envelope envelope = EventCodec.deserialize(JSON.writeValueAsBytes(sample));
        assertEquals(sample.get("data").get("particulars").asText(),
                envelope.dataAs(RequestActionTaken.class).particulars().jwe());
        assertEquals(sample, JSON.readTree(EventCodec.serialize(envelope)));

        JsonNode noteInClear = sample.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) noteInClear.get("data")).put("note", "Witness lives at ...");
        assertTrue(!schema.validate(noteInClear).isEmpty(), "schema must refuse fields outside the clear list");
    }

    private static JsonSchema schemaOf(EventType type) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return SCHEMAS.getSchema(locationOf(type), config);
    }

    private static com.networknt.schema.SchemaLocation locationOf(EventType type) {
        return com.networknt.schema.SchemaLocation.of("classpath:" + type.schemaResource().substring(1));
    }

    static JsonNode sampleOf(EventType type) throws IOException {
        return readSample(type.sampleResource());
    }

    private static JsonNode readSample(String resource) throws IOException {
        try (InputStream in = GoldenSampleTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }
}
