package org.counterpart.routing.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.counterpart.events.CountryCode;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Roles;

/** The directory as every user of the network may read it. */
@Path("/directory/contact-points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.DIRECTORY_ADMIN, Roles.ANALYST})
public class DirectoryResource {

    public record ContactPointView(String id, String country, String authority, ContactPointRole role,
            List<String> languages, String channel, String measures, String owner, LocalDate lastVerified,
            String directoryVersion) {
    }

    @GET
    public List<ContactPointView> list(@QueryParam("country") String country) {
        if (country != null && !CountryCode.isWellFormed(country)) {
            throw ProblemException.invalid("country", "must be an ISO 3166-1 alpha-2 code such as MY");
        }
        List<ContactPoint> points = country == null
                ? ContactPoint.list("active = true order by country, id")
                : ContactPoint.activeIn(country);
        return points.stream().map(p -> new ContactPointView(p.id, p.country, p.authority, p.role, p.languageList(),
                p.channel, p.measures == null ? "ALL_FORMAL_MEASURES" : p.measures, p.owner, p.lastVerified,
                p.directoryVersion)).toList();
    }
}
