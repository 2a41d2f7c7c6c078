package org.counterpart.console;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A console page answered with a status other than 200: a refusal, or a form back with its errors. */
public final class HtmlPage {

    private HtmlPage() {
    }

    public static Response of(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
