package org.counterpart.mla.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.counterpart.mla.console.ConsoleMessages;
import org.counterpart.mla.console.VocabularyLabels;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the notices owed, each once it is committed, through the deployment's SMTP server. The e-mail
 * says what kind of thing needs the person and links to the request's page; it carries no case content,
 * so a mailbox read by others learns only that something waits. A notice is marked sent after the SMTP
 * server took it: a crash in between sends it twice rather than never. A refused notice is tried again
 * after a wait that doubles, up to an hour; after a day of refusals it stays unsent with the last error.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class);
    /** About a day of tries at the longest wait: then the address, not the server, is taken to be wrong. */
    static final int MAX_ATTEMPTS = 30;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final Mailer mailer;
    private final InstantSource clock;
    private final String consoleUrl;

    NoticeMailer(Mailer mailer, InstantSource clock, @ConfigProperty(name = "counterpart.console.public-url") String consoleUrl) {
        this.mailer = mailer;
        this.clock = clock;
        this.consoleUrl = consoleUrl.replaceAll("/+$", "");
    }

    @Scheduled(every = "${counterpart.notices.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendOwed() {
        List<UUID> owed = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>find(
                "sentAt is null and attempts < ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", MAX_ATTEMPTS,
                clock.instant()).page(0, 50).list().stream().map(notice -> notice.id).toList());
        for (UUID id : owed) {
            try {
                QuarkusTransaction.requiringNew().run(() -> send(id));
            } catch (RuntimeException e) {
                // One notice that cannot even be composed must not hold up the others behind it.
                LOG.errorf(e, "notice %s could not be sent", id);
                QuarkusTransaction.requiringNew().run(() -> deferred(Notice.findById(id), e));
            }
        }
    }

    /** Tries again later, after a wait that doubles with each refusal. */
    private void deferred(Notice notice, RuntimeException refused) {
        if (notice == null) {
            return;
        }
        notice.attempts++;
        notice.lastError = String.valueOf(refused.getMessage());
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(notice.attempts - 1, 7));
        notice.nextAttemptAt = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    private void send(UUID id) {
        Notice notice = Notice.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (notice == null || notice.sentAt != null) {
            return;
        }
        NoticeRecipient recipient = NoticeRecipient.findById(notice.person);
        Localized language = Localized.Literal.of(recipient.language);
        String subject = MessageBundles.get(VocabularyLabels.class, language).notice(notice.kind);
        String body = MessageBundles.get(ConsoleMessages.class, language).noticeMail(subject,
                consoleUrl + "/console/requests/" + notice.requestId, consoleUrl + "/console#notices");
        try {
            mailer.send(Mail.withText(recipient.email, subject, body));
            notice.sentAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            notice.nextAttemptAt = null;
        } catch (RuntimeException refused) {
            deferred(notice, refused);
            LOG.warnf("notice %s to %s not sent (attempt %d): %s", notice.id, recipient.person, notice.attempts,
                    refused.getMessage());
        }
    }
}
