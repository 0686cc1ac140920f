package fr.cpts.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.notification.Audience;
import fr.cpts.domain.notification.Digest;
import fr.cpts.domain.notification.Frequency;
import fr.cpts.domain.notification.Notice;
import fr.cpts.domain.notification.Notification;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.domain.notification.Notifications;
import fr.cpts.domain.notification.Recipient;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Notifications on a real PostgreSQL: a notice reaches exactly the audience of the CPTS's scope (never an officer of
 * another région or département, never its actor, never a disabled account), carries each person's preference, is
 * told once when it has a key, and waits for the digest of those who chose it.
 */
@PersistenceTest
class JdbcNotificationsTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:30:00Z");

    @Autowired
    Notifications notifications;

    @Autowired
    Accounts accounts;

    @Autowired
    CptsRecords records;

    private CptsRecord gironde;

    @BeforeEach
    void people() {
        gironde = records.create("CPTS Notifiée", new RegionCode("75"), new DepartementCode("33"));
        CptsRecord landes = records.create("CPTS Voisine", new RegionCode("75"), new DepartementCode("40"));
        porteur("p1-notif", gironde);
        porteur("p2-notif", gironde);
        porteur("p3-notif", landes);
        officer("ars-na-notif", Role.ARS_OFFICER, new AccessScope.Region(new RegionCode("75")));
        officer("ars-idf-notif", Role.ARS_OFFICER, new AccessScope.Region(new RegionCode("11")));
        officer("cpam-33-notif", Role.CPAM_OFFICER, new AccessScope.Departements(Set.of(new DepartementCode("33"))));
        officer("cpam-40-notif", Role.CPAM_OFFICER, new AccessScope.Departements(Set.of(new DepartementCode("40"))));
    }

    @Test
    void aNoticeToTheArsReachesTheOfficersOfTheCptsRegionOnly() {
        assertThat(notifications.notify(notice(Audience.ARS, "p1-notif")))
                .extracting(Recipient::username)
                .containsExactly("ars-na-notif");
        assertThat(notifications.unread("ars-idf-notif")).isZero();
    }

    @Test
    void aNoticeToTheCpamReachesTheOfficersOfTheCptsDepartementOnly() {
        assertThat(notifications.notify(notice(Audience.CPAM, "p1-notif")))
                .extracting(Recipient::username)
                .containsExactly("cpam-33-notif");
    }

    @Test
    void aNoticeToThePorteursReachesTheOtherPorteursOfThatCptsButNotItsActor() {
        assertThat(notifications.notify(notice(Audience.PORTEURS, "p1-notif")))
                .extracting(Recipient::username)
                .containsExactly("p2-notif");
        assertThat(notifications.unread("p1-notif")).isZero();
        assertThat(notifications.unread("p3-notif")).isZero();
    }

    @Test
    void aDisabledAccountIsToldNothing() {
        accounts.setDisabled("p2-notif", true);

        assertThat(notifications.notify(notice(Audience.PORTEURS, "p1-notif"))).isEmpty();
    }

    @Test
    void aNoticeWithAKeyIsToldOnceHoweverOftenItIsRaised() {
        Notice due = new Notice(
                NotificationKind.CONTRACT_DATE_DUE,
                Audience.PORTEURS,
                gironde.id(),
                "Échéance",
                "/porteur/contrat",
                AT,
                null,
                "echeance-2027-01-01");

        assertThat(notifications.notify(due)).hasSize(2);
        assertThat(notifications.notify(due)).isEmpty();
        assertThat(notifications.unread("p1-notif")).isOne();
    }

    @Test
    void eachRecipientCarriesTheirChoiceForThatKindAndTheDefaultOtherwise() {
        notifications.setPreferences("p2-notif", Map.of(NotificationKind.MESSAGE, Frequency.DAILY_DIGEST));

        assertThat(notifications.notify(notice(Audience.PORTEURS, "p1-notif")))
                .singleElement()
                .satisfies(recipient -> {
                    assertThat(recipient.frequency()).isEqualTo(Frequency.DAILY_DIGEST);
                    assertThat(recipient.mailedAtOnce()).isFalse();
                });
        assertThat(notifications.preferences("p2-notif"))
                .containsExactly(Map.entry(NotificationKind.MESSAGE, Frequency.DAILY_DIGEST));
    }

    @Test
    void theDigestGathersWhatWaitsForItOnceAndNothingAfter() {
        notifications.setPreferences("p2-notif", Map.of(NotificationKind.MESSAGE, Frequency.DAILY_DIGEST));
        notifications.notify(notice(Audience.PORTEURS, "p1-notif"));
        notifications.notify(new Notice(
                NotificationKind.MESSAGE,
                Audience.PORTEURS,
                gironde.id(),
                "Second message",
                "/porteur",
                AT.plusSeconds(60),
                "p1-notif"));
        notifications.notify(new Notice(
                NotificationKind.SIGNATURE,
                Audience.PORTEURS,
                gironde.id(),
                "Signature",
                "/porteur/contrat",
                AT.plusSeconds(90),
                "p1-notif"));

        assertThat(notifications.claimDigests(AT.plusSeconds(3600), 100))
                .filteredOn(digest -> digest.username().equals("p2-notif"))
                .singleElement()
                .satisfies(digest -> assertThat(digest.notifications())
                        .extracting(Notification::title)
                        .containsExactly("Message", "Second message"));
        notifications.digested(notifications.claimDigests(AT.plusSeconds(3600), 100), AT.plusSeconds(3600));
        assertThat(notifications.claimDigests(AT.plusSeconds(7200), 100))
                .extracting(Digest::username)
                .doesNotContain("p2-notif");
    }

    @Test
    void aPersonReadsTheirOwnNotificationsOnlyNewestFirst() {
        notifications.notify(notice(Audience.PORTEURS, "p1-notif"));
        notifications.notify(new Notice(
                NotificationKind.SIGNATURE,
                Audience.PORTEURS,
                gironde.id(),
                "Plus récent",
                "/porteur/contrat",
                AT.plusSeconds(60),
                "p1-notif"));
        var page = notifications.of("p2-notif", PageRequest.first());
        long newest = page.rows().get(0).id();

        assertThat(page.rows()).extracting(Notification::title).containsExactly("Plus récent", "Message");
        assertThat(page.rows().get(0).cptsName()).isEqualTo("CPTS Notifiée");
        assertThat(notifications.markRead("p1-notif", newest, AT)).isEmpty();
        assertThat(notifications.markRead("p2-notif", newest, AT)).contains("/porteur/contrat");
        assertThat(notifications.unread("p2-notif")).isOne();
        assertThat(notifications.markAllRead("p2-notif", AT)).isOne();
        assertThat(notifications.unread("p2-notif")).isZero();
    }

    private Notice notice(Audience audience, String actor) {
        return new Notice(NotificationKind.MESSAGE, audience, gironde.id(), "Message", "/porteur", AT, actor);
    }

    private void porteur(String username, CptsRecord cpts) {
        accounts.create(new Account(username, username, "{noop}x", Role.PORTEUR, new AccessScope.OwnCpts(cpts.id())));
        accounts.setEmail(username, username + "@exemple.fr");
    }

    private void officer(String username, Role role, AccessScope scope) {
        accounts.create(new Account(username, username, "{noop}x", role, scope));
        accounts.setEmail(username, username + "@exemple.fr");
    }
}
