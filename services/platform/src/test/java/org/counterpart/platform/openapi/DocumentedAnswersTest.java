package org.counterpart.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** What the filter adds to a document: nullable optional fields, and the problems an operation can answer. */
class DocumentedAnswersTest {

    @Test
    void aFieldNotRequiredMayBeNull() {
        Schema view = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("id"))
                .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("note", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("country", OASFactory.createSchema().ref("#/components/schemas/Country"));
        Schema country = OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[A-Z]{2}$");
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("View", view)
                .addSchema("Country", country));

        new DocumentedAnswers().filterOpenAPI(document);

        Map<String, Schema> fields = document.getComponents().getSchemas().get("View").getProperties();
        assertEquals(List.of(Schema.SchemaType.STRING), fields.get("id").getType());
        assertEquals(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL), fields.get("note").getType());
        // A reference cannot be made nullable in OpenAPI 3.0 without allOf: what it names is copied instead.
        assertNull(fields.get("country").getRef());
        assertEquals("^[A-Z]{2}$", fields.get("country").getPattern());
        assertEquals(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL), fields.get("country").getType());
        assertEquals(List.of(Schema.SchemaType.STRING), country.getType(), "the named schema itself is unchanged");
    }

    @Test
    void anOperationDocumentsTheProblemsItCanAnswer() {
        Operation change = OASFactory.createOperation().operationId("act")
                .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("jwt"))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));
        Operation open = OASFactory.createOperation().operationId("list")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/requests/{id}", OASFactory.createPathItem().POST(change))
                .addPathItem("/public", OASFactory.createPathItem().GET(open)));

        new DocumentedAnswers().filterOpenAPI(document);

        assertEquals(List.of("200", "400", "401", "403", "404", "409", "422"),
                List.copyOf(change.getResponses().getAPIResponses().keySet()));
        assertEquals("#/components/schemas/Problem", change.getResponses().getAPIResponse("409").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals(List.of("200"), List.copyOf(open.getResponses().getAPIResponses().keySet()));
        assertNull(open.getResponses().getAPIResponse("401"));
        assertEquals(List.of("type", "title", "status"), document.getComponents().getSchemas().get("Problem").getRequired());
        assertEquals(PathItem.HttpMethod.POST, List.copyOf(document.getPaths().getPathItem("/requests/{id}")
                .getOperations().keySet()).get(0));
    }
}
