package fr.cpts.persistence.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.dossier.ActionSheet;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierConflict;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territory;
import fr.cpts.persistence.PersistenceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class JpaDossiersTest {

    static final Actor PORTEUR = new Actor("porteur-test", "Dr Test", Role.PORTEUR);
    static final Actor ARS = new Actor("ars-test", "Agent Test", Role.ARS_OFFICER);
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    Dossiers dossiers;

    @Autowired
    CptsRecords records;

    @Autowired
    PlatformTransactionManager transactions;

    CptsRecord cpts;
    Territory territory;

    @BeforeEach
    void createCpts() {
        // Bretagne: one test commits for real, and the CPTS tests of this database list other régions
        cpts = records.create("CPTS Test " + System.nanoTime(), new RegionCode("53"), new DepartementCode("29"));
        territory = new Territory(cpts.id(), Set.of(new InseeCode("33227")));
    }

    static LetterOfIntent letter() {
        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            orientations.put(mission, "Orientation " + mission.label());
        }
        return new LetterOfIntent(
                "Diagnostic : 13 600 patients sans médecin traitant",
                "MSP de Langon",
                orientations,
                List.of(
                        new Milestone(LocalDate.of(2025, 6, 1), "Assemblée constitutive"),
                        new Milestone(LocalDate.of(2025, 9, 15), "Dépôt du projet de santé")));
    }

    static HealthProject project() {
        Map<Mission, ActionSheet> sheets = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                sheets.put(
                        mission,
                        new ActionSheet(
                                "objectifs " + mission.name(), "moyens", "actions", "calendrier", "indicateurs"));
            }
        }
        return new HealthProject(
                "diagnostic", "acteurs", "objectifs", sheets, "évaluation", "cadrage", "partage", "protocoles");
    }

    @Test
    void storesALetterOfIntentWithItsContentAndTimelineAndReadsItBackTheSame() {
        Dossier draft = Dossier.startLetterOfIntent(cpts.id(), NOW);
        draft.edit(letter(), PORTEUR);
        draft.submit(PORTEUR, NOW.plusSeconds(1), territory, List.of());
        Dossier saved = dossiers.save(draft);
        saved.take(ARS, NOW.plusSeconds(2));
        saved.requestCorrections(ARS, NOW.plusSeconds(3), "Préciser les partenaires hospitaliers");
        Dossier stored = dossiers.save(saved);

        Dossier read = dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION).orElseThrow();

        assertThat(read.id()).isEqualTo(stored.id());
        assertThat(read.content()).isEqualTo(letter());
        assertThat(read.state()).isEqualTo(DossierState.CORRECTIONS_REQUESTED);
        assertThat(read.timeline())
                .extracting(Step::move)
                .containsExactly(DossierMove.SUBMIT, DossierMove.TAKE, DossierMove.REQUEST_CORRECTIONS);
        assertThat(read.timeline()).isEqualTo(saved.timeline());
        assertThat(read.timeline().get(2).reason()).isEqualTo("Préciser les partenaires hospitaliers");
        assertThat(read.timeline().get(1).actor()).isEqualTo(ARS);
        assertThat(read.inStateSince()).isEqualTo(NOW.plusSeconds(3));
        assertThat(read.version()).isGreaterThan(0);
    }

    @Test
    void storesAHealthProjectWithItsActionSheetsAndTheCptsStageFollowsTheDossiers() {
        assertThat(records.byId(cpts.id()).orElseThrow().stage()).isEqualTo(CptsStage.INITIATIVE);
        Dossier letter = Dossier.startLetterOfIntent(cpts.id(), NOW);
        letter.edit(letter(), PORTEUR);
        letter.submit(PORTEUR, NOW, territory, List.of());
        letter = dossiers.save(letter);
        assertThat(records.byId(cpts.id()).orElseThrow().stage()).isEqualTo(CptsStage.LETTRE_INTENTION);
        letter.take(ARS, NOW);
        letter.validate(ARS, NOW, List.of());
        letter = dossiers.save(letter);
        assertThat(records.byId(cpts.id()).orElseThrow().stage()).isEqualTo(CptsStage.PROJET_SANTE);

        Dossier project = Dossier.startHealthProject(letter, NOW);
        project.edit(project(), PORTEUR);
        project.submit(PORTEUR, NOW, territory, List.of());
        project.take(ARS, NOW);
        project.validate(ARS, NOW, List.of());
        dossiers.save(project);

        Dossier read = dossiers.of(cpts.id(), DossierKind.PROJET_SANTE).orElseThrow();
        assertThat(read.content()).isEqualTo(project());
        assertThat(read.timeline()).hasSize(3);
        assertThat(records.byId(cpts.id()).orElseThrow().stage()).isEqualTo(CptsStage.CONTRAT_ACI);
        assertThat(records.byRegion(new RegionCode("53")))
                .filteredOn(c -> c.id().equals(cpts.id()))
                .extracting(CptsRecord::stage)
                .containsExactly(CptsStage.CONTRAT_ACI);
        assertThat(dossiers.ofCpts(List.of(cpts.id())))
                .extracting(Dossier::kind)
                .containsExactlyInAnyOrder(DossierKind.LETTRE_INTENTION, DossierKind.PROJET_SANTE);
    }

    @Test
    void refusesToSaveADraftEditedFromAVersionSomeoneElseAlreadySaved() {
        Dossier created = dossiers.save(Dossier.startLetterOfIntent(cpts.id(), NOW));
        Dossier mine = dossiers.byId(created.id().orElseThrow()).orElseThrow();
        Dossier theirs = dossiers.byId(created.id().orElseThrow()).orElseThrow();

        theirs.edit(new LetterOfIntent("Leur diagnostic", "", Map.of(), List.of()), PORTEUR);
        dossiers.save(theirs);
        mine.edit(new LetterOfIntent("Mon diagnostic", "", Map.of(), List.of()), PORTEUR);

        assertThatThrownBy(() -> dossiers.save(mine))
                .isInstanceOf(DossierConflict.class)
                .hasMessageContaining("modifié par une autre personne");
        assertThat(((LetterOfIntent) dossiers.byId(created.id().orElseThrow())
                                .orElseThrow()
                                .content())
                        .firstDiagnostic())
                .isEqualTo("Leur diagnostic");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void ofTwoTransactionsSavingTheSameVersionOnlyTheFirstCommits() {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        // committed for real: in a région the other tests of this database do not list
        CptsRecord own = records.create(
                "CPTS Concurrence " + System.nanoTime(), new RegionCode("53"), new DepartementCode("29"));
        Dossier created = dossiers.save(Dossier.startLetterOfIntent(own.id(), NOW));
        Dossier first = dossiers.byId(created.id().orElseThrow()).orElseThrow();
        Dossier second = dossiers.byId(created.id().orElseThrow()).orElseThrow();

        first.edit(new LetterOfIntent("Première", "", Map.of(), List.of()), PORTEUR);
        inTransaction.executeWithoutResult(status -> dossiers.save(first));
        second.edit(new LetterOfIntent("Seconde", "", Map.of(), List.of()), PORTEUR);

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> dossiers.save(second)))
                .isInstanceOf(DossierConflict.class);
        assertThat(((LetterOfIntent) dossiers.byId(created.id().orElseThrow())
                                .orElseThrow()
                                .content())
                        .firstDiagnostic())
                .isEqualTo("Première");
    }

    @Test
    void aCptsFilesOneLetterOfIntentOnly() {
        dossiers.save(Dossier.startLetterOfIntent(cpts.id(), NOW));

        assertThatThrownBy(() -> dossiers.save(Dossier.startLetterOfIntent(cpts.id(), NOW)))
                .isInstanceOf(DossierConflict.class);
    }
}
