package fr.cpts.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.notification.Notification;
import fr.cpts.domain.notification.NotificationKind;
import fr.cpts.domain.notification.Notifications;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.review.ReviewFixtures;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The porteurs of a CPTS whose contract has a deadline in 30 days are told once, however often the job runs. */
@CptsWebTest
class ContractDatesDueTest {

    @Autowired
    ContractDatesDue job;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Contracts contracts;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aDeadlineInThirtyDaysIsToldToThePorteursOnce() {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Échéance", records, territories, accounts, encoder);
        ReviewFixtures.storeSignedContract(contracts, team.cpts().id());
        LocalDate due = FrenchFormats.today(clock).plusDays(ContractDatesDue.DAYS_AHEAD);
        jdbc.update(
                "update aci_contract set next_unmet_deadline = ? where cpts_id = ?",
                Date.valueOf(due),
                team.cpts().id().value());

        assertThat(job.tellDue()).isPositive();
        job.tellDue();

        assertThat(notifications.of(team.username(), PageRequest.first()).rows())
                .filteredOn(notification -> notification.kind() == NotificationKind.CONTRACT_DATE_DUE)
                .singleElement()
                .extracting(Notification::title)
                .asString()
                .contains("Échéance du contrat ACI le " + FrenchDates.day(due));
    }
}
