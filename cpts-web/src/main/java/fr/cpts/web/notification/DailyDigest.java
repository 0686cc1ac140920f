package fr.cpts.web.notification;

import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.notification.Digest;
import fr.cpts.domain.notification.Notifications;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every day at 8:00 (Paris), on one instance, mails each person who chose the daily digest for some kinds one mail
 * gathering what was raised for them since their last one; nobody with nothing new gets a mail. People are handled
 * {@value #BATCH} at a time, each batch in its own transaction (its mails queued, its notifications marked).
 */
@Component
class DailyDigest {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final Notifications notifications;
    private final MailOutbox outbox;
    private final NotificationMails mails;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyDigest(
            Notifications notifications,
            MailOutbox outbox,
            NotificationMails mails,
            TransactionTemplate transactions,
            Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${cpts.notifications.digest-cron:0 0 8 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M")
    public void run() {
        int sent = send();
        log.info("Résumés quotidiens mis en file : {}", sent);
    }

    /** Queues the digests due now; how many people get one. */
    int send() {
        Instant now = clock.instant();
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<Digest> due = notifications.claimDigests(now, BATCH);
                outbox.queueAll(due.stream().map(mails::digest).toList(), now);
                notifications.digested(due, now);
                return due.size();
            });
            if (batch == null || batch == 0) {
                return sent;
            }
            sent += batch;
        }
    }
}
