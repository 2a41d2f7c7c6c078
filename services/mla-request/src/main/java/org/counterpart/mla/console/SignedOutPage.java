package org.counterpart.mla.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.counterpart.console.ConsoleUser;
import org.counterpart.mla.CountryConfig;

/** Where Keycloak sends a user back after signing out: outside the console's paths, so it asks no one to sign in. */
@Path("/console-signed-out")
public class SignedOutPage {

    private final ConsoleUser user;
    private final CountryConfig config;

    SignedOutPage(ConsoleUser user, CountryConfig config) {
        this.user = user;
        this.config = config;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String signedOut() {
        return user.localised(ConsoleTemplates.signedOut(config.country().code())).render();
    }
}
