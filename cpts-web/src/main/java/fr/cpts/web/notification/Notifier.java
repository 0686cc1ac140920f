package fr.cpts.web.notification;

import fr.cpts.domain.assistant.SubsidyRequestMoved;
import fr.cpts.domain.contract.ContractSigned;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DossierExchanged;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.Notifications;
import fr.cpts.domain.notification.Recipient;
import fr.cpts.domain.review.ReviewMoved;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the domain events into notifications, inside the transaction of the move (a move that rolls back tells
 * nobody; one that commits has its notifications and mails with it): each notice reaches its audience in one
 * statement, and the mails of those who want them at once are queued in one more.
 */
@Component
class Notifier {

    private final Notifications notifications;
    private final MailOutbox outbox;
    private final NotificationMails mails;
    private final CptsRecords records;

    Notifier(Notifications notifications, MailOutbox outbox, NotificationMails mails, CptsRecords records) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.mails = mails;
        this.records = records;
    }

    @EventListener
    void dossierMoved(DossierMoved event) {
        tell(EventNotices.of(event));
    }

    @EventListener
    void dossierExchanged(DossierExchanged event) {
        tell(EventNotices.of(event));
    }

    @EventListener
    void contractSigned(ContractSigned event) {
        tell(EventNotices.of(event));
    }

    @EventListener
    void reviewMoved(ReviewMoved event) {
        tell(EventNotices.of(event));
    }

    @EventListener
    void subsidyRequestMoved(SubsidyRequestMoved event) {
        tell(EventNotices.of(event));
    }

    /** Gives each notice to its audience and queues the mails due at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    void tell(List<Notice> notices) {
        List<OutgoingMail> queued = new ArrayList<>();
        String cptsName = null;
        for (Notice notice : notices) {
            List<Recipient> recipients = notifications.notify(notice);
            for (Recipient recipient : recipients) {
                if (recipient.mailedAtOnce()) {
                    if (cptsName == null) {
                        cptsName = records.byId(notice.cpts()).orElseThrow().name();
                    }
                    queued.add(mails.immediate(recipient, notice, cptsName));
                }
            }
        }
        if (!queued.isEmpty()) {
            outbox.queueAll(queued, notices.get(0).at());
        }
    }
}
