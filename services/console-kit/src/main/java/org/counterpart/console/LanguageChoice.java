package org.counterpart.console;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.counterpart.platform.problem.ProblemException;

/** Every console's language switch: the choice is remembered (a cookie, for a year) and the user goes back to the page. */
public final class LanguageChoice {

    private LanguageChoice() {
    }

    /** The answer to the switch's form, whose CSRF token the caller has verified. */
    public static Response answer(MultivaluedMap<String, String> form) {
        String language = form.getFirst("language");
        String back = form.getFirst("back");
        if (language == null || ConsoleUser.known(language).isEmpty()) {
            throw ProblemException.invalid("language", "must be one of " + ConsoleUser.LANGUAGES);
        }
        // Only a path of this console: never a redirect to somewhere else.
        String target = back != null && back.matches("/console(/[A-Za-z0-9/_-]*)?") ? back : "/console";
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder(ConsoleUser.LANGUAGE_COOKIE).value(language).path("/console")
                        .maxAge(365 * 24 * 3600).httpOnly(true).secure(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }
}
