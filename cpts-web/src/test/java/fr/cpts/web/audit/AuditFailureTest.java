package fr.cpts.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.profile.Coordinator;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.LegalForm;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.VersionedTerritory;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.account.AccountCreation;
import fr.cpts.web.dossier.DossierInstruction;
import fr.cpts.web.dossier.DossierService;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.dossier.TestPorteurs.TestPorteur;
import fr.cpts.web.profile.ProfilePages;
import fr.cpts.web.territory.TerritoryPages;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A change and its journal entry are written together or not at all: when the journal refuses the entry (the
 * audit trail port made to fail here, after the change was made and before it commits), the change is not kept.
 */
@CptsWebTest
class AuditFailureTest {

    @MockitoBean
    AuditTrail trail;

    @Autowired
    DossierService dossierService;

    @Autowired
    DossierInstruction dossierInstruction;

    @Autowired
    TerritoryPages territoryPages;

    @Autowired
    ProfilePages profilePages;

    @Autowired
    AccountCreation accountCreation;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    CptsProfiles profiles;

    @Autowired
    Accounts accounts;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierExchanges exchanges;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aDraftWhoseJournalEntryFailsIsNotSaved() {
        TestPorteur team = team("brouillon");
        journalFails();

        assertThatThrownBy(() -> dossierService.saveDraft(
                        porteur(team), DossierKind.LETTRE_INTENTION, letter(), OptionalLong.empty()))
                .hasMessageContaining("journal indisponible");

        assertThat(dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION)).isEmpty();
    }

    @Test
    void aMoveWhoseJournalEntryFailsIsNotMade() {
        TestPorteur team = team("mouvement");
        dossierService.saveDraft(porteur(team), DossierKind.LETTRE_INTENTION, letter(), OptionalLong.empty());
        Dossier filed = dossierService.submit(porteur(team), DossierKind.LETTRE_INTENTION);
        long id = filed.id().orElseThrow().value();
        journalFails();

        assertThatThrownBy(() -> dossierInstruction.decide(ars(), id, DossierMove.TAKE, null))
                .hasMessageContaining("journal indisponible");

        Dossier stored =
                dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION).orElseThrow();
        assertThat(stored.state()).isEqualTo(DossierState.SUBMITTED);
        assertThat(stored.timeline()).hasSize(1);
    }

    @Test
    void aPrivateCommentWhoseJournalEntryFailsIsNotKept() {
        TestPorteur team = team("commentaire");
        dossierService.saveDraft(porteur(team), DossierKind.LETTRE_INTENTION, letter(), OptionalLong.empty());
        Dossier filed = dossierService.submit(porteur(team), DossierKind.LETTRE_INTENTION);
        journalFails();

        assertThatThrownBy(() -> dossierInstruction.comment(
                        ars(), filed.id().orElseThrow().value(), "Note interne"))
                .hasMessageContaining("journal indisponible");

        assertThat(exchanges.comments(filed.id().orElseThrow())).isEmpty();
    }

    @Test
    void aTerritoryChangeWhoseJournalEntryFailsIsNotSaved() {
        TestPorteur team = team("territoire");
        VersionedTerritory before = territories.forEditing(team.cpts().id());
        journalFails();

        assertThatThrownBy(() -> territoryPages.addCommune(team.cpts(), "33281", before.version(), porteur(team)))
                .hasMessageContaining("journal indisponible");

        VersionedTerritory after = territories.forEditing(team.cpts().id());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.territory()).isEqualTo(before.territory());
    }

    @Test
    void aProfileWhoseJournalEntryFailsIsNotSaved() {
        TestPorteur team = team("fiche");
        journalFails();

        assertThatThrownBy(() -> profilePages.saveIdentity(
                        team.cpts(),
                        LegalForm.ASSOCIATION_LOI_1901,
                        new PostalAddress("2 rue Jean Jaurès", "33210", "Langon"),
                        new Coordinator("Dr Anne Roux", "coordination@cpts.fr", "05 56 63 12 40"),
                        0,
                        porteur(team)))
                .hasMessageContaining("journal indisponible");

        assertThat(profiles.of(team.cpts().id())).isEmpty();
    }

    @Test
    void anAccountWhoseJournalEntryFailsIsNotCreated() {
        journalFails();

        assertThatThrownBy(() -> accountCreation.createIfAbsentBySystem(new Account(
                        "ars-sans-journal",
                        "Agent sans journal",
                        "{noop}x",
                        Role.ARS_OFFICER,
                        new AccessScope.Region(new fr.cpts.domain.territory.RegionCode("75")))))
                .hasMessageContaining("journal indisponible");

        assertThat(accounts.byUsername("ars-sans-journal")).isEmpty();
    }

    private void journalFails() {
        doThrow(new IllegalStateException("journal indisponible")).when(trail).record(any());
    }

    private TestPorteur team(String name) {
        return TestPorteurs.create("CPTS Journal en panne " + name, records, territories, accounts, encoder);
    }

    private Account porteur(TestPorteur team) {
        return accounts.byUsername(team.username()).orElseThrow();
    }

    private Account ars() {
        return accounts.byUsername("ars").orElseThrow();
    }

    private static LetterOfIntent letter() {
        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                orientations.put(mission, "Orientation " + mission.label());
            }
        }
        return new LetterOfIntent(
                "4 000 patients sans médecin traitant",
                "MSP, pharmacies",
                orientations,
                List.of(new Milestone(LocalDate.of(2025, 6, 1), "Assemblée constitutive")));
    }
}
