package org.counterpart.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.counterpart.events.Country;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;

/**
 * Checks every answer a system test receives from a service's API against that service's published
 * OpenAPI document (docs/openapi), with Atlassian's swagger-request-validator: status, content type and
 * body. Requests are not judged (tests send bad input on purpose); pages of the consoles and Quarkus's
 * own endpoints are not part of the APIs.
 */
final class ApiContract implements Filter {

    private final Map<Integer, OpenApiInteractionValidator> byPort = new HashMap<>();

    ApiContract(LocalNetwork network, Iterable<Country> countries) {
        OpenApiInteractionValidator mlaRequest = validatorOf("mla-request");
        countries.forEach(country -> byPort.put(URI.create(network.countryUrl(country)).getPort(), mlaRequest));
        byPort.put(URI.create(network.routingUrl()).getPort(), validatorOf("routing"));
        byPort.put(URI.create(network.trackingUrl()).getPort(), validatorOf("tracking"));
    }

    private static OpenApiInteractionValidator validatorOf(String service) {
        Path document = ProjectLayout.detect().root().resolve("docs/openapi/" + service + ".yaml");
        return OpenApiInteractionValidator.createForSpecificationUrl(document.toUri().toString())
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        URI uri = URI.create(request.getURI());
        OpenApiInteractionValidator validator = byPort.get(uri.getPort());
        if (validator == null || !isApi(uri.getPath())) {
            return context.next(request, response);
        }
        Response answer = context.next(request, response);
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + uri.getPath() + " answered " + answer.statusCode()
                    + " unlike its OpenAPI document: " + report.getMessages());
        }
        return answer;
    }

    private static boolean isApi(String path) {
        return !(path.startsWith("/console") || path.startsWith("/q/") || path.startsWith("/webjars/"));
    }
}
