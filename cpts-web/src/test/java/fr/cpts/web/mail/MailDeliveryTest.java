package fr.cpts.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.MailState;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.mail.QueuedMail;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery of queued mails, against an in-memory outbox and a real SMTP server in the JVM (GreenMail): kept, sent
 * in text and HTML, retried with backoff, given up.
 */
class MailDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final OutgoingMail MAIL =
            new OutgoingMail("claire.martin@exemple.fr", "Votre lien", "Bonjour,\nvoici votre lien.");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Test
    void withoutAMailServerAMailIsKeptForTheAdministrator() {
        outbox.queue(MAIL, NOW);

        assertThat(delivery(null).deliverDue()).isOne();

        assertThat(outbox.only().state()).isEqualTo(MailState.KEPT);
    }

    @Test
    void aMailIsSentThroughARealSmtpServerInPlainTextAndHtml() throws Exception {
        outbox.queue(
                new OutgoingMail(
                        "claire.martin@exemple.fr",
                        "Votre lien",
                        "Bonjour <Claire>,\n\nvoici votre lien : https://cpts.exemple.fr/inscription?jeton=abc"),
                NOW);

        delivery(smtp()).deliverDue();

        assertThat(outbox.only().state()).isEqualTo(MailState.SENT);
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getAllRecipients())
                .extracting(Object::toString)
                .containsExactly("claire.martin@exemple.fr");
        assertThat(received.getSubject()).isEqualTo("Votre lien");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("ne-pas-repondre@cpts.invalid");
        Map<String, String> parts = new HashMap<>();
        collect(received, parts);
        assertThat(parts.get("text/plain")).contains("Bonjour <Claire>,");
        assertThat(parts.get("text/html"))
                .contains("Bonjour &lt;Claire&gt;,")
                .contains("<a href=\"https://cpts.exemple.fr/inscription?jeton=abc\">")
                .doesNotContain("<Claire>");
    }

    /** The text parts of a mail, by type, however deeply nested. */
    private static void collect(Part part, Map<String, String> texts) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int index = 0; index < multipart.getCount(); index++) {
                collect(multipart.getBodyPart(index), texts);
            }
        } else if (part.isMimeType("text/*")) {
            texts.put(part.getContentType().replaceAll(";.*", "").strip().toLowerCase(), (String) part.getContent());
        }
    }

    @Test
    void aFailedDeliveryIsTriedAgainLaterAndGivenUpAfterSixAttempts() {
        JavaMailSenderImpl down = smtp();
        greenMail.stop();
        outbox.queue(MAIL, NOW);

        delivery(down).deliverDue();
        assertThat(outbox.only().state()).isEqualTo(MailState.QUEUED);
        assertThat(outbox.retryAt).isEqualTo(NOW.plusSeconds(120));
        assertThat(outbox.only().lastError()).isPresent();
        for (int attempt = 2; attempt <= MailDelivery.MAX_ATTEMPTS; attempt++) {
            outbox.dueAgain();
            delivery(down).deliverDue();
        }

        assertThat(outbox.only().state()).isEqualTo(MailState.FAILED);
        assertThat(outbox.only().attempts()).isEqualTo(MailDelivery.MAX_ATTEMPTS);
    }

    private static JavaMailSenderImpl smtp() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private MailDelivery delivery(JavaMailSender server) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (server != null) {
            beans.addBean("mailSender", server);
        }
        return new MailDelivery(
                outbox,
                beans.getBeanProvider(JavaMailSender.class),
                new TransactionTemplate(new NoTransactions()),
                Clock.fixed(NOW, ZoneOffset.UTC),
                "ne-pas-repondre@cpts.invalid");
    }

    /** One mail at most, in memory. */
    private static final class InMemoryOutbox implements MailOutbox {

        private QueuedMail mail;
        private boolean due;
        private Instant retryAt;

        QueuedMail only() {
            return mail;
        }

        void dueAgain() {
            due = true;
        }

        @Override
        public void queue(OutgoingMail queued, Instant at) {
            mail = new QueuedMail(1, queued, at, MailState.QUEUED, 0, Optional.empty(), Optional.empty());
            due = true;
        }

        @Override
        public void queueAll(List<OutgoingMail> mails, Instant at) {
            mails.forEach(queued -> queue(queued, at));
        }

        @Override
        public List<QueuedMail> claimDue(Instant now, int limit) {
            return due && mail.state() == MailState.QUEUED ? List.of(mail) : List.of();
        }

        @Override
        public void delivered(long id, MailState state, Instant at) {
            mail = new QueuedMail(
                    id, mail.mail(), mail.queuedAt(), state, mail.attempts() + 1, Optional.of(at), mail.lastError());
            due = false;
        }

        @Override
        public void failed(long id, String error, Optional<Instant> retry) {
            retryAt = retry.orElse(null);
            mail = new QueuedMail(
                    id,
                    mail.mail(),
                    mail.queuedAt(),
                    retry.isPresent() ? MailState.QUEUED : MailState.FAILED,
                    mail.attempts() + 1,
                    Optional.empty(),
                    Optional.of(error));
            due = false;
        }

        @Override
        public Page<QueuedMail> listed(PageRequest page) {
            return new Page<>(List.of(mail), page, 1);
        }
    }

    /** Transactions that do nothing: the outbox is in memory. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
