package fr.cpts.web.mail;

import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.MailState;
import fr.cpts.domain.mail.QueuedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the queued mails, every few seconds, on one instance at a time: through the mail server of the standard
 * {@code spring.mail.*} properties when one is configured, else kept in the outbox for the administrator to read
 * (the embedded default). Each mail goes in French plain text and in HTML, the HTML written from the text
 * ({@link MailHtml}). A failed delivery is tried again after 2, 4, 8… minutes, and given up after
 * {@value #MAX_ATTEMPTS} attempts; it never touches the action that queued the mail.
 */
@Component
class MailDelivery {

    static final int MAX_ATTEMPTS = 6;
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    MailDelivery(
            MailOutbox outbox,
            ObjectProvider<JavaMailSender> sender,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${cpts.mail.from:ne-pas-repondre@cpts.invalid}") String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${cpts.mail.delivery-delay:PT20S}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT5M")
    public void run() {
        int delivered = deliverDue();
        if (delivered > 0) {
            log.info("Courriels traités : {}", delivered);
        }
    }

    /**
     * Delivers the mails due now, in one transaction and, with a mail server, over one connection to it; the number
     * handled. A mail the server refuses is tried again later; the others of the batch are sent.
     */
    int deliverDue() {
        Integer handled = transactions.execute(status -> {
            Instant now = clock.instant();
            List<QueuedMail> due = outbox.claimDue(now, BATCH);
            JavaMailSender server = sender.getIfAvailable();
            if (server == null) {
                due.forEach(queued -> outbox.delivered(queued.id(), MailState.KEPT, now));
                return due.size();
            }
            Map<MimeMessage, QueuedMail> messages = new LinkedHashMap<>();
            for (QueuedMail queued : due) {
                try {
                    messages.put(message(server, queued), queued);
                } catch (MessagingException unwritable) {
                    failed(queued, unwritable, now);
                }
            }
            Map<Object, Exception> refused = send(server, messages.keySet());
            messages.forEach((message, queued) -> {
                Exception failure = refused.get(message);
                if (failure == null) {
                    outbox.delivered(queued.id(), MailState.SENT, now);
                } else {
                    failed(queued, failure, now);
                }
            });
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    /** Sends the messages over one connection; those refused, with why (all of them when the server is out of reach). */
    private static Map<Object, Exception> send(JavaMailSender server, Collection<MimeMessage> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        try {
            server.send(messages.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException partly) {
            return partly.getFailedMessages().isEmpty() ? everyOne(messages, partly) : partly.getFailedMessages();
        } catch (MailException unreachable) {
            return everyOne(messages, unreachable);
        }
    }

    private static Map<Object, Exception> everyOne(Collection<MimeMessage> messages, Exception failure) {
        Map<Object, Exception> all = new HashMap<>();
        messages.forEach(message -> all.put(message, failure));
        return all;
    }

    private MimeMessage message(JavaMailSender server, QueuedMail queued) throws MessagingException {
        MimeMessage message = server.createMimeMessage();
        MimeMessageHelper parts = new MimeMessageHelper(message, true, "UTF-8");
        parts.setFrom(from);
        parts.setTo(queued.mail().recipient());
        parts.setSubject(queued.mail().subject());
        parts.setText(
                queued.mail().body(),
                MailHtml.of(queued.mail().subject(), queued.mail().body()));
        return message;
    }

    private void failed(QueuedMail queued, Exception failure, Instant now) {
        int attempts = queued.attempts() + 1;
        Optional<Instant> retry =
                attempts >= MAX_ATTEMPTS ? Optional.empty() : Optional.of(now.plus(Duration.ofMinutes(1L << attempts)));
        log.warn("Courriel {} non envoyé (tentative {}) : {}", queued.id(), attempts, failure.getMessage());
        outbox.failed(queued.id(), String.valueOf(failure.getMessage()), retry);
    }
}
