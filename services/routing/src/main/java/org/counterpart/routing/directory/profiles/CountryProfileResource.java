package org.counterpart.routing.directory.profiles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.counterpart.events.Country;
import org.counterpart.events.CountryProfile;
import org.counterpart.platform.problem.FieldError;
import org.counterpart.platform.problem.ProblemException;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;

/**
 * Country profiles, kept by each country's directory correspondents: read by everyone who drafts or
 * routes, changed only by the country's own correspondent, each change a new version. A version its
 * correspondent saved is confirmed; the seed's are illustrative.
 */
@Path("/directory/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class CountryProfileResource {

    private final Caller caller;
    private final InstantSource clock;

    CountryProfileResource(Caller caller, InstantSource clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.DIRECTORY_ADMIN, Roles.ANALYST, Roles.COUNTRY_SERVICE})
    public List<CountryProfileVersion.View> list() {
        return CountryProfileVersion.currentOfEvery().stream().map(CountryProfileVersion.View::of).toList();
    }

    @GET
    @Path("/{country}")
    @RolesAllowed({Roles.PROSECUTOR, Roles.CENTRAL_AUTHORITY, Roles.AGENCY_OFFICER, Roles.VICTIM_FOCAL_POINT,
            Roles.DIRECTORY_ADMIN, Roles.ANALYST, Roles.COUNTRY_SERVICE})
    public CountryProfileVersion.View get(@PathParam("country") String country) {
        Country code = wellFormed(country);
        return CountryProfileVersion.current(code).map(CountryProfileVersion.View::of)
                .orElseThrow(() -> ProblemException.notFound("Profile of " + code));
    }

    /** Every version, newest first: what drafting reckoned with when. */
    @GET
    @Path("/{country}/versions")
    @RolesAllowed({Roles.CENTRAL_AUTHORITY, Roles.DIRECTORY_ADMIN, Roles.ANALYST})
    public List<CountryProfileVersion.View> versions(@PathParam("country") String country) {
        return CountryProfileVersion.history(wellFormed(country)).stream().map(CountryProfileVersion.View::of).toList();
    }

    /** The country's correspondent confirms or changes its profile: a new version, no longer illustrative. */
    @PUT
    @Path("/{country}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DIRECTORY_ADMIN)
    @Transactional
    public CountryProfileVersion.View put(@PathParam("country") String country, @NotNull CountryProfile profile) {
        Country code = wellFormed(country);
        if (!caller.speaksFor(code)) {
            throw new ForbiddenException("a country's profile is kept by its own directory correspondent");
        }
        List<FieldError> errors = ProfileRules.check(profile);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return CountryProfileVersion.View.of(CountryProfileVersion.add(code, profile, false, caller.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    private static Country wellFormed(String country) {
        if (!Country.isWellFormed(country)) {
            throw ProblemException.invalid("country", "must be an ISO 3166-1 alpha-2 code such as MY");
        }
        return Country.of(country);
    }
}
