package fr.cpts.web.notification;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.notification.Frequency;
import fr.cpts.domain.notification.Notification;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.domain.notification.Notifications;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own notifications and preferences: read, marked read, and how each kind is mailed. */
@Service
@Transactional
public class NotificationCentre {

    private final Notifications notifications;
    private final Clock clock;

    NotificationCentre(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** How many notifications the person has not read (the header's badge). */
    @Transactional(readOnly = true)
    public long unread(Account person) {
        return notifications.unread(person.username());
    }

    @Transactional(readOnly = true)
    Page<Notification> page(Account person, PageRequest page) {
        return notifications.of(person.username(), page);
    }

    /** Marks one of the person's notifications read; the page it leads to, if it is theirs. */
    Optional<String> open(Account person, long id) {
        return notifications.markRead(person.username(), id, clock.instant());
    }

    int markAllRead(Account person) {
        return notifications.markAllRead(person.username(), clock.instant());
    }

    /** The kinds the person receives, with how each is mailed (the default when never chosen). */
    @Transactional(readOnly = true)
    Map<NotificationKind, Frequency> preferences(Account person) {
        Map<NotificationKind, Frequency> chosen = notifications.preferences(person.username());
        Map<NotificationKind, Frequency> shown = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : kinds(person)) {
            shown.put(kind, chosen.getOrDefault(kind, Frequency.DEFAULT));
        }
        return shown;
    }

    /** Records how the person wants each of their kinds mailed, from the form's values (kind name to frequency). */
    void choose(Account person, Map<String, String> typed) {
        Map<NotificationKind, Frequency> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : kinds(person)) {
            String value = typed.getOrDefault(kind.name(), Frequency.DEFAULT.name());
            Frequency frequency = Arrays.stream(Frequency.values())
                    .filter(candidate -> candidate.name().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new DomainException("« " + kind.label() + " » : choisissez immédiatement, "
                            + "résumé quotidien ou pas de courriel."));
            chosen.put(kind, frequency);
        }
        notifications.setPreferences(person.username(), chosen);
    }

    private static List<NotificationKind> kinds(Account person) {
        if (person.role() == Role.ADMINISTRATOR) {
            return List.of();
        }
        return NotificationKind.received(person.role() == Role.PORTEUR).stream()
                .filter(kind -> kind != NotificationKind.OPINION_REQUESTED || person.role() == Role.CPAM_OFFICER)
                .toList();
    }
}
