package org.counterpart.console;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person using the console with a signed token: sends forms with the CSRF token the last page
 * carried, as a browser does; pages come back parsed for HTML assertions.
 */
public final class ConsoleVisit {

    private final String token;
    private final String language;
    private String formToken;

    private ConsoleVisit(String token, String language) {
        this.token = token;
        this.language = language;
    }

    public static ConsoleVisit as(String token) {
        return new ConsoleVisit(token, "en");
    }

    public static ConsoleVisit as(String token, String language) {
        return new ConsoleVisit(token, language);
    }

    public Response get(String path) {
        Response response = given().auth().oauth2(token).header("Accept-Language", language).redirects().follow(false)
                .get(path);
        var field = Jsoup.parse(response.asString()).selectFirst("input[name=" + ConsoleForms.FIELD + "]");
        if (field != null) {
            formToken = field.attr("value");
        }
        return response;
    }

    public Document page(String path) {
        Response response = get(path);
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), () -> path + ": " + response.asString());
        return Jsoup.parse(response.asString());
    }

    /** Posts {@code fields} as the form of the page last shown, with its CSRF token. */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(ConsoleForms.FIELD, formToken);
        return postWithout(path, form);
    }

    /** Posts {@code fields} and a file as the multipart form of the page last shown, with its CSRF token. */
    public Response postWithFile(String path, Map<String, String> fields, String filename, String type, byte[] content) {
        var request = given().auth().oauth2(token).header("Accept-Language", language).redirects().follow(false)
                .multiPart(ConsoleForms.FIELD, formToken == null ? "" : formToken);
        fields.forEach(request::multiPart);
        if (filename != null) {
            request.multiPart("file", filename, content, type);
        }
        return request.post(path);
    }

    /** Posts exactly {@code fields}: a form that lost its CSRF token, or a forged one. */
    public Response postWithout(String path, Map<String, String> fields) {
        return given().auth().oauth2(token).header("Accept-Language", language).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields).post(path);
    }
}
