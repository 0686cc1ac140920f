package fr.cpts.domain.dossier;

import static fr.cpts.domain.dossier.DossierFixtures.CPTS;
import static fr.cpts.domain.dossier.DossierFixtures.NOW;
import static fr.cpts.domain.dossier.DossierFixtures.PORTEUR;
import static fr.cpts.domain.dossier.DossierFixtures.TERRITORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierCompletenessTest {

    @Test
    void listsEveryMissingItemOfAnEmptyLetterOfIntentWithoutTerritoryInFrench() {
        Dossier dossier = Dossier.startLetterOfIntent(CPTS, NOW);

        assertThat(dossier.missingItems(Territory.empty(CPTS)))
                .containsExactly(
                        "Le territoire de la CPTS : aucune commune n'y est encore rattachée",
                        "Le premier diagnostic du territoire",
                        "Les acteurs et partenaires déjà associés ou à solliciter",
                        "Les principales orientations pour la mission socle « Accès aux soins (médecin traitant et soins non programmés) »",
                        "Les principales orientations pour la mission socle « Parcours pluriprofessionnels »",
                        "Les principales orientations pour la mission socle « Prévention »",
                        "Les principales orientations pour la mission socle « Réponse aux crises sanitaires graves »",
                        "Le calendrier prévisionnel : au moins une étape datée");
    }

    @Test
    void refusesToSubmitAnIncompleteLetterListingEveryMissingItemAndStaysADraft() {
        Dossier dossier = Dossier.startLetterOfIntent(CPTS, NOW);
        dossier.edit(
                new LetterOfIntent(
                        "Un diagnostic",
                        "  ",
                        Map.of(Mission.PREVENTION, "Dépistages"),
                        List.of(new Milestone(null, "Assemblée"))),
                PORTEUR);

        assertThatThrownBy(() -> dossier.submit(PORTEUR, NOW, TERRITORY, List.of()))
                .isInstanceOfSatisfying(IncompleteDossier.class, incomplete -> assertThat(incomplete.missingItems())
                        .containsExactly(
                                "Les acteurs et partenaires déjà associés ou à solliciter",
                                "Les principales orientations pour la mission socle « Accès aux soins (médecin traitant et soins non programmés) »",
                                "Les principales orientations pour la mission socle « Parcours pluriprofessionnels »",
                                "Les principales orientations pour la mission socle « Réponse aux crises sanitaires graves »",
                                "Le calendrier prévisionnel : la date de l'étape n° 1"))
                .hasMessageStartingWith(
                        "Le dossier « Lettre d'intention » ne peut pas être déposé : il manque 5 éléments");
        assertThat(dossier.state()).isEqualTo(DossierState.DRAFT);
    }

    @Test
    void optionalMissionsAreNotRequiredInALetterOfIntent() {
        assertThat(DossierFixtures.completeLetter().missingItems()).isEmpty();
    }

    @Test
    void listsEveryMissingItemOfAHealthProjectIncludingEachFieldOfEachCoreActionSheet() {
        List<String> missing = HealthProject.empty().missingItems();

        assertThat(missing)
                .hasSize(7 + 4 * 5)
                .startsWith(
                        "Le diagnostic du territoire",
                        "Les acteurs engagés dans la conception du projet",
                        "Les objectifs de la CPTS",
                        "La fiche action « Accès aux soins (médecin traitant et soins non programmés) » : les objectifs opérationnels")
                .contains(
                        "La fiche action « Prévention » : les indicateurs proposés",
                        "La fiche action « Réponse aux crises sanitaires graves » : le calendrier")
                .endsWith(
                        "Les modalités d'évaluation",
                        "Le cadrage financier",
                        "Les besoins de partage d'informations",
                        "Les protocoles pluriprofessionnels mis en œuvre ou envisagés")
                .noneMatch(item -> item.contains("Qualité et pertinence"));
    }

    @Test
    void anOptionalActionSheetOnceStartedMustBeComplete() {
        HealthProject complete = DossierFixtures.completeProject();
        var sheets = new java.util.EnumMap<>(complete.actionSheets());
        sheets.put(Mission.QUALITE_PERTINENCE, new ActionSheet("Réduire les prescriptions", "", "", "", ""));
        HealthProject started = new HealthProject(
                complete.diagnostic(),
                complete.actorsEngaged(),
                complete.objectives(),
                sheets,
                complete.evaluation(),
                complete.financialFraming(),
                complete.informationSharing(),
                complete.protocols());

        assertThat(complete.missingItems()).isEmpty();
        assertThat(started.missingItems())
                .containsExactly(
                        "La fiche action « Qualité et pertinence des soins » : les moyens",
                        "La fiche action « Qualité et pertinence des soins » : les actions",
                        "La fiche action « Qualité et pertinence des soins » : le calendrier",
                        "La fiche action « Qualité et pertinence des soins » : les indicateurs proposés");
    }

    @Test
    void blankMilestonesAreDroppedAndTextIsTrimmed() {
        LetterOfIntent letter = new LetterOfIntent(
                "  diag  ",
                null,
                Map.of(Mission.PREVENTION, "  "),
                List.of(new Milestone(null, " "), new Milestone(LocalDate.of(2025, 1, 1), " Lancement ")));

        assertThat(letter.firstDiagnostic()).isEqualTo("diag");
        assertThat(letter.actorsAndPartners()).isEmpty();
        assertThat(letter.orientations()).isEmpty();
        assertThat(letter.timetable()).containsExactly(new Milestone(LocalDate.of(2025, 1, 1), "Lancement"));
    }
}
