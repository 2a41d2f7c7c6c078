package org.counterpart.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document say what the service really answers, so that a client
 * generated from it works: a field the service may leave empty is typed as possibly null (the services
 * write nulls, they do not omit them), and the problem answers every operation can give are documented
 * with the problem+json body they carry. Which problems an operation can give follows from what it
 * takes and does, as the services decide them (ProblemException, the security checks): 400 for what
 * it reads from the caller, 401 and 403 when it is secured, 404 when it names something by its path,
 * 409 and 422 when it changes something. Checked against real answers by the system test's validator.
 */
public class DocumentedAnswers implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.DELETE, PathItem.HttpMethod.PATCH);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        components.values().forEach(schema -> nullableUnlessRequired(schema, components));
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), item.getParameters());
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation operation, List<Parameter> shared) {
        List<Parameter> parameters = new ArrayList<>(shared == null ? List.of() : shared);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean named = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean reads = operation.getRequestBody() != null || !parameters.isEmpty();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (reads) {
            problem(responses, "400", "Invalid input: the problem names each field and why");
        }
        if (secured) {
            problem(responses, "401", "No valid signed token");
            problem(responses, "403", "The token's role or country may not do this");
        }
        if (named) {
            problem(responses, "404", "Nothing by that name that the caller may know of");
        }
        if (CHANGES.contains(method)) {
            problem(responses, "409", "Not possible in the current state; the problem says what is");
            problem(responses, "422", "Incomplete: the problem names each field still to complete");
        }
    }

    /** Documents {@code status} as a problem, or gives the problem's body to one documented without a body. */
    private static void problem(APIResponses responses, String status, String description) {
        APIResponse documented = responses.getAPIResponse(status);
        if (documented == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemBody()));
        } else if (documented.getContent() == null) {
            documented.setContent(problemBody());
        }
    }

    private static Content problemBody() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** Every property not listed as required may be null in the answer, in objects and in the items of lists. */
    private static void nullableUnlessRequired(Schema schema, Map<String, Schema> components) {
        if (schema.getItems() != null) {
            nullableUnlessRequired(schema.getItems(), components);
        }
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            nullableUnlessRequired(property.getValue(), components);
            if (!required.contains(property.getKey())) {
                schema.addProperty(property.getKey(), nullable(property.getValue(), components));
            }
        }
    }

    /**
     * The schema, allowing null. A reference is replaced by a copy of what it names: OpenAPI 3.0 cannot
     * make a reference nullable except by wrapping it in {@code allOf}, which validators then apply to the
     * null as well, rejecting it.
     */
    private static Schema nullable(Schema schema, Map<String, Schema> components) {
        Schema open = schema;
        if (schema.getRef() != null) {
            Schema named = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            if (named == null) {
                return schema;
            }
            open = OASFactory.createSchema();
            open.setAll(new LinkedHashMap<>(named.getAll()));
            open.setType(named.getType() == null ? null : new ArrayList<>(named.getType()));
            open.setEnumeration(named.getEnumeration() == null ? null : new ArrayList<>(named.getEnumeration()));
        }
        if (open.getType() != null && !open.getType().isEmpty() && !open.getType().contains(Schema.SchemaType.NULL)) {
            open.addType(Schema.SchemaType.NULL);
            if (open.getEnumeration() != null && !open.getEnumeration().contains(null)) {
                open.addEnumeration(null);
            }
        }
        return open;
    }

    /** RFC 9457 problem details as the services write them, with the fields at fault. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text)
                .addProperty("line", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .addType(Schema.SchemaType.NULL))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; further members carry the facts of the problem")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addType(Schema.SchemaType.NULL))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
