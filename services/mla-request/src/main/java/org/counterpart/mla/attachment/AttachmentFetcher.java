package org.counterpart.mla.attachment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Fetches the files the counterpart announced, through the hub, and keeps each only if its size and
 * SHA-256 match the manifest. Works from the stored announcements, so a restart resumes where it stopped.
 */
@ApplicationScoped
public class AttachmentFetcher {

    private static final Logger LOG = Logger.getLogger(AttachmentFetcher.class);

    private final HubExchange hub;
    private final AttachmentStore store;
    private final AttachmentConfig config;

    AttachmentFetcher(@RestClient HubExchange hub, AttachmentStore store, AttachmentConfig config) {
        this.hub = hub;
        this.store = store;
        this.config = config;
    }

    @Scheduled(every = "${counterpart.attachments.fetch-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fetchAnnounced() {
        List<Attachment> due = QuarkusTransaction.requiringNew().call(() -> Attachment.list(
                "state = ?1 and fetchAttempts < ?2 order by addedAt", Attachment.State.AWAITING_FETCH, config.fetchAttempts()));
        due.forEach(this::fetch);
    }

    private void fetch(Attachment announced) {
        String outcomeProblem;
        Attachment.State outcome;
        try (InputStream content = hub.attachment(announced.requestId, announced.id)) {
            AttachmentStore.Written written = store.write(announced.id, content, announced.sizeBytes);
            if (written.sizeBytes() == announced.sizeBytes && written.sha256().equals(announced.sha256)) {
                outcome = Attachment.State.STORED;
                outcomeProblem = null;
            } else {
                store.delete(announced.id);
                outcome = Attachment.State.DIGEST_MISMATCH;
                outcomeProblem = "manifest announced " + announced.sizeBytes + " bytes with SHA-256 " + announced.sha256
                        + "; received " + written.sizeBytes() + " bytes with SHA-256 " + written.sha256();
            }
        } catch (AttachmentStore.TooLarge e) {
            outcome = Attachment.State.DIGEST_MISMATCH;
            outcomeProblem = "received more than the " + announced.sizeBytes + " bytes the manifest announced";
        } catch (Exception e) {
            outcome = null;
            outcomeProblem = "fetch failed: " + e.getMessage();
            LOG.warnf("attachment %s of request %s: %s", announced.id, announced.requestId, outcomeProblem);
        }
        record(announced.id, outcome, outcomeProblem);
    }

    /** A failed fetch is retried on the next rounds, up to the configured attempts. */
    private void record(UUID id, Attachment.State outcome, String problem) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attachment attachment = Attachment.findById(id);
            attachment.fetchAttempts++;
            attachment.problem = problem;
            if (outcome != null) {
                attachment.state = outcome;
            } else if (attachment.fetchAttempts >= config.fetchAttempts()) {
                attachment.state = Attachment.State.FETCH_FAILED;
            }
        });
    }
}
