package org.counterpart.mla.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.InstantSource;
import java.util.List;
import org.counterpart.mla.profiles.CountryProfiles;
import org.counterpart.mla.profiles.DraftingAdvice;
import org.counterpart.platform.security.Caller;

/** A request as its reader sees it, for the API and the console alike: with the actions open to them and, while drafting, the requested country's advice. */
@ApplicationScoped
public class RequestViews {

    private final CountryProfiles profiles;
    private final InstantSource clock;

    RequestViews(CountryProfiles profiles, InstantSource clock) {
        this.clock = clock;
        this.profiles = profiles;
    }

    public RequestView of(MlaRequest request, Caller caller) {
        boolean drafting = request.direction == Direction.OUTGOING && request.workflow().isEditable(request.status);
        List<DraftingAdvice.Advice> advice = drafting ? DraftingAdvice.on(new DraftingAdvice.Draft(request.kind,
                request.requestedCountry, request.legalBasis, request.content), profiles.of(request.requestedCountry))
                : List.of();
        return RequestView.of(request, RequestService.allowedActions(request, caller), advice, clock.instant());
    }
}
