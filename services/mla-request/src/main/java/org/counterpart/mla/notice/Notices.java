package org.counterpart.mla.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.counterpart.events.Agency;
import org.counterpart.events.workflow.Role;
import org.counterpart.mla.request.CaseAccess;
import org.counterpart.mla.request.MlaRequest;
import org.counterpart.mla.request.RequestService;
import org.counterpart.platform.security.Caller;

/**
 * Who is told what by e-mail. A notice goes to everyone enrolled who may know the request's content
 * (the same need-to-know rule as every page: {@link RequestService#accessOf}) and still wants notices,
 * except the person whose own action it reports. It is written in the transaction of what it tells;
 * {@link NoticeMailer} sends it.
 */
@ApplicationScoped
public class Notices {

    /** The roles a person's notices depend on; others (directory, analysis) see no case content here. */
    private static final List<String> CASE_ROLES = Stream.of(Role.values()).map(Role::claim).toList();

    private final InstantSource clock;

    Notices(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Enrols the signed-in person, or refreshes what notices depend on: their address, roles, agency and
     * language. A worklist visit that changes none of them, within a day of the last, writes nothing.
     */
    @Transactional
    public void enrol(Caller caller, String email, Locale language) {
        Instant now = now();
        List<String> roles = CASE_ROLES.stream().filter(caller::hasRole).toList();
        Agency agency = caller.agency().orElse(null);
        NoticeRecipient recipient = NoticeRecipient.findById(caller.name());
        if (recipient != null && recipient.email.equals(email) && recipient.roles.equals(roles)
                && recipient.agency == agency && recipient.language.equals(language.toLanguageTag())
                && recipient.seenAt.isAfter(now.minus(Duration.ofDays(1)))) {
            return;
        }
        boolean known = recipient != null;
        if (!known) {
            recipient = new NoticeRecipient();
            recipient.person = caller.name();
            recipient.wanted = true;
            recipient.enrolledAt = now;
        }
        recipient.email = email;
        recipient.roles = roles;
        recipient.agency = agency;
        recipient.language = language.toLanguageTag();
        recipient.seenAt = now;
        if (!known) {
            recipient.persist();
        }
    }

    /** The person's own choice: e-mails or none; none means none of those still owed either. */
    @Transactional
    public void want(Caller caller, boolean wanted) {
        NoticeRecipient recipient = NoticeRecipient.findById(caller.name());
        if (recipient != null) {
            recipient.wanted = wanted;
            if (!wanted) {
                Notice.delete("person = ?1 and sentAt is null", recipient.person);
            }
        }
    }

    public boolean wants(Caller caller) {
        NoticeRecipient recipient = NoticeRecipient.findById(caller.name());
        return recipient != null && recipient.wanted;
    }

    /** Owes {@code kind} about {@code request} to each person it needs, but not to {@code actor} (null: nobody here acted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(MlaRequest request, NoticeKind kind, String actor) {
        Instant now = now();
        for (NoticeRecipient recipient : NoticeRecipient.<NoticeRecipient>list("wanted = true")) {
            if (!recipient.person.equals(actor) && RequestService.accessOf(request, recipient) == CaseAccess.CONTENT) {
                Notice notice = new Notice();
                notice.id = UUID.randomUUID();
                notice.person = recipient.person;
                notice.kind = kind;
                notice.requestId = request.id;
                notice.createdAt = now;
                notice.nextAttemptAt = now;
                notice.persist();
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
