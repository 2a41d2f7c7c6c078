package org.counterpart.mla.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
 * server took it: a crash in between sends it twice rather than never.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class);
    /** After this many refusals the address is taken as wrong; the notice stays, unsent, for the operator. */
    static final int MAX_ATTEMPTS = 10;

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
                "sentAt is null and attempts < ?1 order by createdAt", MAX_ATTEMPTS).page(0, 50).list()
                .stream().map(notice -> notice.id).toList());
        owed.forEach(id -> QuarkusTransaction.requiringNew().run(() -> send(id)));
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
        } catch (RuntimeException refused) {
            notice.attempts++;
            notice.lastError = String.valueOf(refused.getMessage());
            LOG.warnf("notice %s to %s not sent (attempt %d): %s", notice.id, recipient.person, notice.attempts,
                    refused.getMessage());
        }
    }
}
