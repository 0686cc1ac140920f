package fr.cpts.web.mail;

import fr.cpts.domain.mail.MailOutbox;
import java.time.Clock;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers what the outbox holds to a real SMTP server on this machine (GreenMail, in the test's JVM), through the
 * platform's own delivery job, for tests that read the mails a person receives.
 */
public final class SmtpTestDelivery {

    private SmtpTestDelivery() {}

    /** Delivers every mail due to the SMTP server on that port; how many. */
    public static int deliverAll(MailOutbox outbox, PlatformTransactionManager transactions, int smtpPort) {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(smtpPort);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", server);
        MailDelivery delivery = new MailDelivery(
                outbox,
                beans.getBeanProvider(JavaMailSender.class),
                new TransactionTemplate(transactions),
                Clock.systemUTC(),
                "ne-pas-repondre@cpts.invalid");
        int delivered = 0;
        for (int batch = delivery.deliverDue(); batch > 0; batch = delivery.deliverDue()) {
            delivered += batch;
        }
        return delivered;
    }
}
