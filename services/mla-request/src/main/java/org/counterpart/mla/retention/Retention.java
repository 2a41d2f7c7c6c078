package org.counterpart.mla.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.counterpart.events.audit.AuditAnchor;
import org.counterpart.events.workflow.Workflows;
import org.counterpart.mla.attachment.Attachment;
import org.counterpart.mla.attachment.AttachmentStore;
import org.counterpart.mla.audit.AuditAction;
import org.counterpart.mla.audit.AuditAnchoring;
import org.counterpart.mla.audit.AuditTrail;
import org.counterpart.mla.idempotency.IdempotentCalls;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.RequestHistoryEntry;
import org.counterpart.mla.thread.ThreadMessage;
import org.counterpart.platform.outbox.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Destroys a closed request's content once {@code counterpart.retention.content} has passed since it
 * reached its final status, and its files after {@code counterpart.retention.attachments}: facts,
 * persons, notes, message bodies, file names and bytes, and the published outbox rows that carried
 * them. What stays is the request's record (reference, parties, status, dates, codes) and, per request
 * and data class, a tombstone in the audit trail, written in the same transaction; the trail still verifies.
 * The trail's own entries go after {@code counterpart.retention.audit}, up to an entry the hub anchored.
 * Idempotency keys go after {@code counterpart.idempotency.retention}.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);
    private static final String RETENTION_ACTOR = "retention";
    /** Requests final (?1) since before the end of a period (?2). */
    private static final String CLOSED_BEFORE = "status in ?1 and statusChangedAt < ?2";

    private final Duration content;
    private final Duration attachments;
    private final Duration audit;
    private final InstantSource clock;
    private final AuditTrail trail;
    private final AuditAnchoring anchoring;
    private final AttachmentStore store;
    private final IdempotentCalls idempotentCalls;

    Retention(@ConfigProperty(name = "counterpart.retention.content") Duration content,
            @ConfigProperty(name = "counterpart.retention.attachments") Duration attachments,
            @ConfigProperty(name = "counterpart.retention.audit") Duration audit, InstantSource clock,
            AuditTrail trail, AuditAnchoring anchoring, AttachmentStore store, IdempotentCalls idempotentCalls) {
        this.content = content;
        this.attachments = attachments;
        this.audit = audit;
        this.anchoring = anchoring;
        this.clock = clock;
        this.trail = trail;
        this.store = store;
        this.idempotentCalls = idempotentCalls;
    }

    @Scheduled(every = "${counterpart.retention.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            apply();
        } catch (RuntimeException e) {
            LOG.warnf(e, "retention could not run; nothing was half destroyed (one transaction per request), retrying");
        }
    }

    /** One round: every request past a period, each in its own transaction with its tombstone. */
    public void apply() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (UUID id : due(CLOSED_BEFORE + " and contentDestroyedAt is null", Workflows.finalStatuses(), now.minus(content))) {
            QuarkusTransaction.requiringNew().run(() -> destroyContent(id, now));
        }
        for (UUID id : due(CLOSED_BEFORE + " and id in (select a.requestId from Attachment a where a.state <> ?3)",
                Workflows.finalStatuses(), now.minus(attachments), Attachment.State.DESTROYED)) {
            QuarkusTransaction.requiringNew().run(() -> destroyFiles(id));
        }
        pruneAuditTrail();
        int forgotten = idempotentCalls.purgeExpired();
        if (forgotten > 0) {
            LOG.debugf("%d idempotency keys past their retention removed", forgotten);
        }
    }

    /** Audit entries older than their period go, up to one the hub anchored; without the hub's anchors, none. */
    private void pruneAuditTrail() {
        List<AuditAnchor> anchors;
        try {
            anchors = anchoring.anchored();
        } catch (RuntimeException e) {
            LOG.warnf("the hub's anchors of the audit trail cannot be read (%s); its old entries stay until they can", e);
            return;
        }
        trail.prune(anchors, audit, RETENTION_ACTOR)
                .ifPresent(through -> LOG.infof("audit trail: entries through %d removed after %s", through, audit));
    }

    private static List<UUID> due(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> MlaRequest.<MlaRequest>list(query, parameters).stream()
                .map(r -> r.id).toList());
    }

    /**
     * Not while a message of the request still waits for the broker (the counterpart must still get it,
     * e.g. the withdrawal itself): the next round destroys it. The tombstone commits with the destruction.
     */
    private void destroyContent(UUID id, Instant now) {
        if (OutboxMessage.count("messageKey = ?1 and publishedAt is null", id.toString()) > 0) {
            return;
        }
        MlaRequest request = MlaRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        request.offence = null;
        request.summaryOfFacts = null;
        request.content = null;
        request.lastNote = null;
        request.team = null;
        request.contentDestroyedAt = now;
        RequestHistoryEntry.update("note = null where requestId = ?1", id);
        ThreadMessage.update("body = null where requestId = ?1", id);
        OutboxMessage.<OutboxMessage>list("messageKey = ?1 and publishedAt is not null and purgedAt is null", id.toString())
                .forEach(row -> row.purgeContent(now));
        trail.appendWithin(RETENTION_ACTOR, List.of(), AuditAction.DESTROY, id, "content", null, null, 200);
    }

    private void destroyFiles(UUID id) {
        for (Attachment attachment : Attachment.<Attachment>list("requestId = ?1 and state <> ?2", id,
                Attachment.State.DESTROYED)) {
            store.delete(attachment.id);
            attachment.filename = null;
            attachment.fileKey = null;
            attachment.state = Attachment.State.DESTROYED;
        }
        trail.appendWithin(RETENTION_ACTOR, List.of(), AuditAction.DESTROY, id, "attachments", null, null, 200);
    }
}
