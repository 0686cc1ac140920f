package fr.cpts.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.HiddenEntries;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceTest
class JdbcAuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    CptsRecords cpts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsEachEntryWithItsFieldChangesNewestFirst() {
        CptsRecord record =
                cpts.create("CPTS Journal", new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry created = new AuditEntry(
                now.minusSeconds(60),
                "porteur",
                Role.PORTEUR,
                Optional.of(record.id()),
                "LETTRE_INTENTION",
                "12",
                "Création",
                Optional.empty(),
                List.of(new FieldChange("diagnostic", null, "Déserts médicaux")));
        AuditEntry refused = new AuditEntry(
                now,
                "ars",
                Role.ARS_OFFICER,
                Optional.of(record.id()),
                "LETTRE_INTENTION",
                "12",
                "Refus",
                Optional.of("Territoire trop petit « 3 communes »"),
                List.of(new FieldChange("etat", "EN_INSTRUCTION", "REFUSEE")));

        trail.record(created);
        trail.record(refused);

        assertThat(trail.ofCpts(record.id())).containsExactly(refused, created);
    }

    @Test
    void leavesOutWhatARuleHidesUntilTheEntityHasTheEntryThatShowsIt() {
        CptsRecord record = cpts.create(
                "CPTS Journal filtré", new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry draftLetter = entry(record, now.minusSeconds(30), Role.PORTEUR, "LETTRE_INTENTION", "1", "Création");
        AuditEntry filedProject = entry(record, now.minusSeconds(20), Role.PORTEUR, "PROJET_SANTE", "2", "Création");
        AuditEntry filing = entry(record, now.minusSeconds(10), Role.PORTEUR, "PROJET_SANTE", "2", "Dépôt");
        AuditEntry message = entry(record, now, Role.ARS_OFFICER, "PROJET_SANTE", "2", "Message");
        List.of(draftLetter, filedProject, filing, message).forEach(trail::record);

        HiddenEntries drafts = new HiddenEntries(List.of(new HiddenEntries.Rule(
                Set.of(Role.PORTEUR),
                Set.of("LETTRE_INTENTION", "PROJET_SANTE"),
                Set.of("Création", "Modification"),
                Set.of("Dépôt"))));
        HiddenEntries messages = new HiddenEntries(
                List.of(new HiddenEntries.Rule(Set.of(), Set.of("PROJET_SANTE"), Set.of("Message"), Set.of())));

        assertThat(trail.ofCpts(record.id(), drafts)).containsExactly(message, filing, filedProject);
        assertThat(trail.ofCpts(record.id(), messages)).containsExactly(filing, filedProject, draftLetter);
        assertThat(trail.ofCpts(record.id(), HiddenEntries.NONE)).hasSize(4);
    }

    @Test
    void readsAPageOfWhatTheReaderMaySeeNewestFirstWithItsTotal() {
        CptsRecord record = cpts.create(
                "CPTS Journal paginé", new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < 7; i++) {
            trail.record(entry(record, now.plusSeconds(i), Role.ARS_OFFICER, "LETTRE_INTENTION", "1", "Message"));
        }
        AuditEntry hidden = entry(record, now.plusSeconds(60), Role.PORTEUR, "LETTRE_INTENTION", "1", "Création");
        trail.record(hidden);
        HiddenEntries drafts = new HiddenEntries(List.of(new HiddenEntries.Rule(
                Set.of(Role.PORTEUR), Set.of("LETTRE_INTENTION"), Set.of("Création"), Set.of("Dépôt"))));

        Page<AuditEntry> second = trail.ofCpts(record.id(), drafts, PageRequest.of(2, 3));

        assertThat(second.total()).isEqualTo(7);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.rows())
                .extracting(AuditEntry::occurredAt)
                .containsExactly(now.plusSeconds(3), now.plusSeconds(2), now.plusSeconds(1));
        assertThat(trail.ofCpts(record.id(), HiddenEntries.NONE, PageRequest.first())
                        .rows())
                .first()
                .isEqualTo(hidden);
    }

    private static AuditEntry entry(CptsRecord record, Instant at, Role role, String entity, String id, String action) {
        return new AuditEntry(
                at,
                role.name().toLowerCase(),
                role,
                Optional.of(record.id()),
                entity,
                id,
                action,
                Optional.empty(),
                List.of());
    }

    @Test
    void theDatabaseRefusesToChangeOrEraseTheJournal() {
        CptsRecord record =
                cpts.create("CPTS Inaltérable", new RegionCode("75"), new DepartementCode("33"), CptsStage.INITIATIVE);
        trail.record(new AuditEntry(
                Instant.now(),
                "admin",
                Role.ADMINISTRATOR,
                Optional.of(record.id()),
                "COMPTE",
                "porteur",
                "Création",
                Optional.empty(),
                List.of()));

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'quelqu''un d''autre'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("ni modifié ni effacé");
    }

    @Test
    void theDatabaseRefusesToDeleteFromTheJournal() {
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("ni modifié ni effacé");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void anEntryIsOnlyWrittenWithinTheTransactionOfTheChangeItDescribes() {
        assertThatThrownBy(() -> trail.record(new AuditEntry(
                        Instant.now(),
                        "admin",
                        Role.ADMINISTRATOR,
                        Optional.empty(),
                        "COMPTE",
                        "x",
                        "Création",
                        Optional.empty(),
                        List.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
