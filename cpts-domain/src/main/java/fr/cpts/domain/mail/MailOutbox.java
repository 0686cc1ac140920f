package fr.cpts.domain.mail;

import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mails to send (repository port): queued in the caller's transaction, so a mail exists exactly when the change
 * that caused it is committed; delivered later by the delivery job.
 */
public interface MailOutbox {

    /** Queues a mail, due at once. */
    void queue(OutgoingMail mail, Instant at);

    /** Queues those mails, due at once, in one statement whatever their number. */
    void queueAll(List<OutgoingMail> mails, Instant at);

    /**
     * At most {@code limit} queued mails due by {@code now}, oldest first, locked for the caller's transaction so
     * that another instance delivering at the same moment skips them.
     */
    List<QueuedMail> claimDue(Instant now, int limit);

    /** The mail left the outbox: sent to the mail server, or kept when there is none. */
    void delivered(long id, MailState state, Instant at);

    /** A delivery failed: tried again at {@code retryAt}, or given up ({@link MailState#FAILED}) when it is empty. */
    void failed(long id, String error, Optional<Instant> retryAt);

    /** Every mail, newest first, a page at a time. */
    Page<QueuedMail> listed(PageRequest page);
}
