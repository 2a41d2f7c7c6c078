package org.counterpart.network;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The local network's mail server (GreenMail): the services send their notices to it by SMTP, and a
 * person opens their mailbox by IMAP with their address as user name and password. Tests read what
 * arrived for an address.
 */
public final class MailServer implements AutoCloseable {

    /** A message as its reader sees it. */
    public record Received(String to, String subject, String body) {
    }

    private final GreenMail mail;

    private MailServer(GreenMail mail) {
        this.mail = mail;
    }

    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        return new MailServer(mail);
    }

    public int smtpPort() {
        return mail.getSmtp().getPort();
    }

    public int imapPort() {
        return mail.getImap().getPort();
    }

    /** What a service needs to send through this server. */
    public Map<String, String> senderSettings() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(smtpPort()));
    }

    /** Every message delivered to {@code address} so far. */
    public List<Received> messagesTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> addressedTo(message, address))
                .map(message -> new Received(address, subjectOf(message), GreenMailUtil.getBody(message))).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException("an unreadable message in the test mailbox", e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException("an unreadable message in the test mailbox", e);
        }
    }

    @Override
    public void close() {
        mail.stop();
    }

    @Override
    public String toString() {
        return "mail server (SMTP " + smtpPort() + ", IMAP " + imapPort() + ")";
    }
}
