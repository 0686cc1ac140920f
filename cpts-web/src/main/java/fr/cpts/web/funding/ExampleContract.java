package fr.cpts.web.funding;

import fr.cpts.domain.mission.Mission;
import fr.cpts.funding.indicator.Direction;
import java.time.LocalDate;

/**
 * The contract the simulator opens with: the fixed and variable parts of the real contract shown in the domain
 * guide (a T3 CPTS), with illustrative indicators of both kinds (binary and tiered), so a visitor sees a complete
 * year before typing anything.
 */
final class ExampleContract {

    private ExampleContract() {}

    static ContractYearForm form(LocalDate signedOn) {
        ContractYearForm form = new ContractYearForm();
        form.setSignedOn(signedOn);
        form.setPopulation(120_000L);
        form.setYear(1);
        form.getMissions()
                .add(new MissionForm(
                        Mission.ACCES_SOINS,
                        signedOn,
                        90_000,
                        35_000,
                        IndicatorForm.tiered(
                                "Patients en ALD sans médecin traitant",
                                Direction.LOWER_IS_BETTER,
                                "75",
                                new TierForm("50 ou moins", "50", 9_000),
                                new TierForm("51 à 100", "100", 6_000),
                                new TierForm("101 à 219", "219", 3_000)),
                        IndicatorForm.binary("Organisation des soins non programmés avec le SAS", 26_000, true)));
        form.getMissions()
                .add(new MissionForm(
                        Mission.PARCOURS,
                        signedOn.plusMonths(3),
                        45_000,
                        45_000,
                        IndicatorForm.binary("Parcours pluriprofessionnels formalisés et mis en œuvre", 45_000, true)));
        form.getMissions()
                .add(new MissionForm(
                        Mission.PREVENTION,
                        signedOn.plusMonths(3),
                        17_500,
                        17_500,
                        IndicatorForm.tiered(
                                "Taux de dépistage du cancer colorectal (%)",
                                Direction.HIGHER_IS_BETTER,
                                "32",
                                new TierForm("socle", "25", 1_000),
                                new TierForm("intermédiaire", "30", 2_500),
                                new TierForm("objectif", "35", 3_500)),
                        IndicatorForm.binary("Actions de prévention conduites", 14_000, true)));
        form.getMissions()
                .add(new MissionForm(
                        Mission.CRISES_SANITAIRES,
                        signedOn,
                        22_500,
                        67_500,
                        IndicatorForm.binary("Plan de réponse aux crises sanitaires activé", 67_500, true)));
        form.getMissions()
                .add(new MissionForm(
                        Mission.QUALITE_PERTINENCE,
                        signedOn.plusMonths(6),
                        15_000,
                        15_000,
                        IndicatorForm.binary("Démarche qualité pluriprofessionnelle", 15_000, false)));
        form.getMissions()
                .add(new MissionForm(
                        Mission.ACCOMPAGNEMENT_PROFESSIONNELS,
                        signedOn.plusMonths(6),
                        10_000,
                        10_000,
                        IndicatorForm.binary("Accueil de stagiaires et de nouveaux professionnels", 10_000, true)));
        return form;
    }
}
