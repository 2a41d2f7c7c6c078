package org.counterpart.routing.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.counterpart.console.ConsoleUser;

/** Where Keycloak sends a user back after signing out: outside the console's paths, so it asks no one to sign in. */
@Path("/console-signed-out")
public class DeskSignedOutPage {

    private final ConsoleUser user;

    DeskSignedOutPage(ConsoleUser user) {
        this.user = user;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String signedOut() {
        return user.localised(DeskTemplates.signedOut()).render();
    }
}
