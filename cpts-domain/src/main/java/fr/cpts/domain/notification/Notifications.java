package fr.cpts.domain.notification;

import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notifications of every person (repository port, implemented by persistence). */
public interface Notifications {

    /**
     * Gives a notification to each enabled account of the notice's audience but its actor, in the caller's
     * transaction, and says who they are (with how each wants that kind mailed). One statement, whatever their number.
     */
    List<Recipient> notify(Notice notice);

    /** How many notifications that person has not read. */
    long unread(String username);

    /** That person's notifications, newest first, a page at a time. */
    Page<Notification> of(String username, PageRequest page);

    /** Marks that notification of that person read; the page it leads to, empty when it is not theirs. */
    Optional<String> markRead(String username, long id, Instant at);

    /** Marks every notification of that person read; how many were unread. */
    int markAllRead(String username, Instant at);

    /**
     * The digests due: for each person, the notifications raised up to {@code until} that wait for their daily
     * digest; locked for the caller's transaction, so that another instance building digests at the same moment
     * skips them. At most {@code limit} people.
     */
    List<Digest> claimDigests(Instant until, int limit);

    /** The notifications of those digests left in a mail: they wait for no digest any more. */
    void digested(List<Digest> digests, Instant at);

    /** How that person wants each kind mailed (the kinds they never chose are absent). */
    Map<NotificationKind, Frequency> preferences(String username);

    /** Records how that person wants each of those kinds mailed. */
    void setPreferences(String username, Map<NotificationKind, Frequency> preferences);
}
