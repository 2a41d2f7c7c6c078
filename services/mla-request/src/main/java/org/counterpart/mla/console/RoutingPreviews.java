package org.counterpart.mla.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.counterpart.console.ConsoleUser;
import org.counterpart.events.AssistanceType;
import org.counterpart.events.Country;
import org.counterpart.events.LegalBasis;
import org.counterpart.events.Urgency;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Asks the hub where a draft would go; a hub that cannot answer means no preview, never a form that fails. */
@ApplicationScoped
public class RoutingPreviews {

    private static final Logger LOG = Logger.getLogger(RoutingPreviews.class);

    private final HubRoutingPreview hub;

    RoutingPreviews(@RestClient HubRoutingPreview hub) {
        this.hub = hub;
    }

    public Optional<HubRoutingPreview.Preview> of(ConsoleUser user, Country requested, AssistanceType measure,
            LegalBasis basis, Urgency urgency, String language) {
        if (requested == null || measure == null || user.accessToken().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(hub.preview("Bearer " + user.accessToken().get(), requested.code(), measure.name(),
                    basis == null ? null : basis.name(), urgency == null ? null : urgency.name(), language));
        } catch (RuntimeException e) {
            // Logged without the draft's content: only which country was asked about.
            LOG.warnf("the hub gave no routing preview for %s: %s", requested, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
