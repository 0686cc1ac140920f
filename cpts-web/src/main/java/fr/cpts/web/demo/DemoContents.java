package fr.cpts.web.demo;

import fr.cpts.domain.assistant.Activity;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.PatientListCommitment;
import fr.cpts.domain.assistant.Practice;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.dossier.ActionSheet;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the people of the demo CPTS write: letters, health projects, contract missions, declarations, requests. */
public final class DemoContents {

    /** Paid only for a year in which the ARS records a serious health crisis. */
    static final String CRISIS_PLAN = "Plan de réponse aux crises sanitaires activé";

    private DemoContents() {}

    public static LetterOfIntent letter(String name, String communes) {
        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
        orientations.put(
                Mission.ACCES_SOINS,
                "Recenser les patients sans médecin traitant et organiser des créneaux de soins non programmés avec "
                        + "le SAS.");
        orientations.put(Mission.PARCOURS, "Parcours des personnes âgées fragiles entre domicile, EHPAD et hôpital.");
        orientations.put(Mission.PREVENTION, "Dépistage organisé du cancer colorectal et vaccination.");
        orientations.put(Mission.CRISES_SANITAIRES, "Plan de réponse aux crises sanitaires graves avec les communes.");
        return new LetterOfIntent(
                "Territoire " + name + " (" + communes + ") : vieillissement de la population, "
                        + "départs en retraite de médecins généralistes, patients sans médecin traitant en hausse.",
                "Maisons de santé pluriprofessionnelles, pharmacies, infirmiers libéraux, centre hospitalier, "
                        + "EHPAD ; élus à rencontrer.",
                orientations,
                List.of(
                        new Milestone(LocalDate.of(2025, 3, 1), "Réunion des professionnels du territoire"),
                        new Milestone(LocalDate.of(2025, 6, 1), "Assemblée constitutive de l'association"),
                        new Milestone(LocalDate.of(2025, 12, 1), "Dépôt du projet de santé")));
    }

    /** A complete health project, each core mission with its action sheet. */
    public static HealthProject healthProject() {
        Map<Mission, ActionSheet> sheets = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                sheets.put(
                        mission,
                        new ActionSheet(
                                "Objectifs opérationnels : " + mission.label(),
                                "Coordinateur à mi-temps, groupe de travail pluriprofessionnel",
                                "Actions détaillées dans la fiche",
                                "Démarrage dans les six mois suivant la signature",
                                "Indicateurs de l'ACI pour la mission"));
            }
        }
        return new HealthProject(
                "Diagnostic territorial partagé avec l'ARS et la CPAM.",
                "Médecins, infirmiers, pharmaciens, kinésithérapeutes, centre hospitalier, EHPAD.",
                "Un médecin traitant pour chacun, des parcours sans rupture, la prévention au plus près.",
                sheets,
                "Comité de suivi semestriel, indicateurs de l'ACI.",
                "Financement ACI et FIR d'amorçage.",
                "Messagerie sécurisée de santé et agenda partagé des soins non programmés.",
                "Protocole de prise en charge des plaies chroniques ; protocole AVK.");
    }

    /** The health project the Haute-Lande is still writing. */
    static HealthProject hauteLandeProjectDraft() {
        return new HealthProject(
                "Territoire rural de 25 000 habitants, 4 200 patients sans médecin traitant.",
                "12 médecins, 30 infirmiers, 3 pharmacies, EHPAD de Sabres.",
                "",
                Map.of(
                        Mission.ACCES_SOINS,
                        new ActionSheet("Trouver un médecin traitant aux patients ALD", "", "", "", "")),
                "",
                "",
                "",
                "");
    }

    /** The missions of the Arcachon contract, from its signature date. */
    static List<ContractMission> arcachonMissions(LocalDate signedOn) {
        return List.of(
                new ContractMission(
                        Mission.ACCES_SOINS,
                        signedOn,
                        signedOn.plusMonths(12),
                        Money.euros(60_000),
                        List.of(
                                new Indicator(
                                        "Patients en ALD sans médecin traitant",
                                        new BigDecimal("420"),
                                        new BigDecimal("150"),
                                        new TieredReward(List.of(
                                                new RewardTier("socle", new BigDecimal("350"), Money.euros(5_000)),
                                                new RewardTier(
                                                        "intermédiaire", new BigDecimal("250"), Money.euros(10_000)),
                                                new RewardTier(
                                                        "objectif", new BigDecimal("150"), Money.euros(15_000))))),
                                new Indicator(
                                        "Demandes de soins non programmés régulées (%)",
                                        new BigDecimal("40"),
                                        new BigDecimal("70"),
                                        new BinaryReward(Money.euros(8_000))))),
                new ContractMission(
                        Mission.PARCOURS,
                        signedOn.plusMonths(4),
                        signedOn.plusMonths(20),
                        Money.euros(35_000),
                        List.of(new Indicator(
                                "Parcours pluriprofessionnels formalisés",
                                BigDecimal.ZERO,
                                new BigDecimal("3"),
                                new BinaryReward(Money.euros(6_000))))),
                new ContractMission(
                        Mission.PREVENTION,
                        signedOn.plusMonths(3),
                        signedOn.plusMonths(15),
                        Money.euros(25_000),
                        List.of(new Indicator(
                                "Taux de dépistage du cancer colorectal (%)",
                                new BigDecimal("28.5"), new BigDecimal("40"), new BinaryReward(Money.euros(4_000))))),
                new ContractMission(
                        Mission.CRISES_SANITAIRES,
                        signedOn,
                        signedOn.plusMonths(12),
                        Money.euros(20_000),
                        List.of(new Indicator(
                                CRISIS_PLAN, BigDecimal.ZERO, BigDecimal.ONE, new BinaryReward(Money.euros(12_000))))));
    }

    /** The Arcachon year 1 values, in the order of the contract's indicators. */
    static final List<String> ARCACHON_YEAR_1_VALUES = List.of("260", "72", "2", "33,1", "1");

    static final List<String> ARCACHON_YEAR_1_COMMENTS = List.of(
            "Requête sur la patientèle ALD au dernier jour de l'année du contrat",
            "Tableau de bord du SAS",
            "Parcours insuffisance cardiaque et personnes âgées fragiles ; le troisième est en cours de rédaction",
            "Données de l'Assurance Maladie",
            "Plan activé pendant l'épidémie de grippe de janvier");

    static AssistantSubsidyApplication generalPractitioner(LocalDate hiredOn) {
        return new AssistantSubsidyApplication(
                new Doctor("Dr Julien Moreau", "10003456789", "MEDECINE_GENERALE", FeeSector.SECTOR_1, false),
                new Practice(3, false, false, true),
                new Activity(1_150, 0, true),
                AssistantWorkingTime.HALF,
                hiredOn,
                Optional.of(new PatientListCommitment(1_150, 15)));
    }

    static AssistantSubsidyApplication cardiologist(LocalDate hiredOn) {
        return new AssistantSubsidyApplication(
                new Doctor("Dr Sophie Lacoste", "10004567891", "CARDIOLOGIE", FeeSector.SECTOR_2, false),
                new Practice(1, false, false, true),
                new Activity(0, 25, true),
                AssistantWorkingTime.FULL,
                hiredOn);
    }
}
