package org.counterpart.mla.attachment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.sealing.FileSeal;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Fetches the files the counterpart announced, through the hub, opens their seal, and keeps each only if
 * its size and SHA-256 match what the sealed message said. A file whose sealed bytes were altered on the
 * way fails to open and is fetched again, like one whose transfer broke. Works from the stored announcements, so a restart resumes where it stopped;
 * a failed fetch is retried with a doubling delay, so a hub outage of minutes loses nothing.
 */
@ApplicationScoped
public class AttachmentFetcher {

    private static final Logger LOG = Logger.getLogger(AttachmentFetcher.class);
    private static final int BATCH = 20;
    // Longer than any single fetch should take; if an instance dies mid-fetch, another takes over after it.
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration LONGEST_RETRY_DELAY = Duration.ofHours(1);

    private final HubExchange hub;
    private final AttachmentStore store;
    private final AttachmentConfig config;
    private final InstantSource clock;

    AttachmentFetcher(@RestClient HubExchange hub, AttachmentStore store, AttachmentConfig config, InstantSource clock) {
        this.clock = clock;
        this.hub = hub;
        this.store = store;
        this.config = config;
    }

    @Scheduled(every = "${counterpart.attachments.fetch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fetchAnnounced() {
        claimDue().forEach(this::fetch);
    }

    /** Takes due files under a lease; {@code skip locked} lets several instances share the work. */
    @SuppressWarnings("unchecked")
    private List<Attachment> claimDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Attachment> due = Attachment.getEntityManager().createNativeQuery(
                            "select * from attachment where state = 'AWAITING_FETCH' and next_attempt_at <= now() "
                                    + "order by next_attempt_at limit :batch for update skip locked", Attachment.class)
                    .setParameter("batch", BATCH)
                    .getResultList();
            Instant leaseEnd = clock.instant().plus(LEASE);
            due.forEach(a -> a.nextAttemptAt = leaseEnd);
            return due;
        });
    }

    private void fetch(Attachment announced) {
        try (InputStream sealed = hub.attachment(announced.requestId, announced.id);
                InputStream content = FileSeal.opening(sealed, announced.fileKey, announced.id)) {
            AttachmentStore.Written written = store.write(announced.id, content, announced.sizeBytes);
            if (written.sizeBytes() == announced.sizeBytes && written.sha256().equals(announced.sha256)) {
                settle(announced.id, Attachment.State.STORED, null);
            } else {
                store.delete(announced.id);
                settle(announced.id, Attachment.State.DIGEST_MISMATCH, "manifest announced " + announced.sizeBytes
                        + " bytes with SHA-256 " + announced.sha256 + "; received " + written.sizeBytes()
                        + " bytes with SHA-256 " + written.sha256());
            }
        } catch (AttachmentStore.TooLarge e) {
            settle(announced.id, Attachment.State.DIGEST_MISMATCH,
                    "received more than the " + announced.sizeBytes + " bytes the manifest announced");
        } catch (Exception e) {
            LOG.warnf("attachment %s of request %s: fetch failed: %s", announced.id, announced.requestId, e.getMessage());
            retryLater(announced.id, "fetch failed: " + e.getMessage());
        }
    }

    private void settle(UUID id, Attachment.State outcome, String problem) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attachment attachment = Attachment.findById(id);
            attachment.fetchAttempts++;
            attachment.state = outcome;
            attachment.problem = problem;
        });
    }

    private void retryLater(UUID id, String problem) {
        QuarkusTransaction.requiringNew().run(() -> {
            Attachment attachment = Attachment.findById(id);
            attachment.fetchAttempts++;
            attachment.problem = problem;
            if (attachment.fetchAttempts >= config.fetchAttempts()) {
                attachment.state = Attachment.State.FETCH_FAILED;
            } else {
                Duration delay = config.fetchRetryAfter().multipliedBy(1L << Math.min(attachment.fetchAttempts - 1, 20));
                attachment.nextAttemptAt = clock.instant().plus(delay.compareTo(LONGEST_RETRY_DELAY) > 0 ? LONGEST_RETRY_DELAY : delay);
            }
        });
    }
}
