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

/**
 * Asks the hub where a draft would go, and where a sent request went and why; a hub that cannot answer
 * means nothing shown, never a page that fails.
 */
@ApplicationScoped
public class RoutingPreviews {

    private static final Logger LOG = Logger.getLogger(RoutingPreviews.class);

    private final HubRoutingPreview hub;
    private final HubRoutingRecords records;

    RoutingPreviews(@RestClient HubRoutingPreview hub, @RestClient HubRoutingRecords records) {
        this.hub = hub;
        this.records = records;
    }

    /** The hub's record of a request that has left its country; none before, or when the hub cannot say. */
    public Optional<HubRoutingRecords.Decision> decisionOf(ConsoleUser user, java.util.UUID requestId, boolean transmitted) {
        if (!transmitted || user.accessToken().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(records.record("Bearer " + user.accessToken().get(), requestId));
        } catch (RuntimeException e) {
            LOG.warnf("the hub gave no routing record of request %s: %s", requestId, e.getClass().getSimpleName());
            return Optional.empty();
        }
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
