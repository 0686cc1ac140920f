package fr.cpts.funding.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityTest {

    private static final AssistantSubsidy SUBSIDY = AssistantSubsidy.withShippedRuleSets();
    private static final LocalDate SIGNED_2024 = LocalDate.of(2024, 7, 1);
    private static final String GP = "MEDECINE_GENERALE";

    /** A general practitioner meeting every criterion, in an under-served zone. */
    private static DoctorProfile eligibleDoctor() {
        return new DoctorProfile(GP, Sector.SECTOR_1, false, 2, true, false, 800, 0, true, true);
    }

    static Stream<Arguments> eachCriterionFailingAlone() {
        return Stream.of(
                Arguments.of(
                        EligibilityCriterion.OPTION_OPEN,
                        eligibleDoctor(),
                        AssistantOption.THIRD,
                        LocalDate.of(2023, 5, 1),
                        "L'option « 1/3 temps » est fermée aux contrats signés à partir du 01/05/2023 (« Assistant médical 2019 ») ; "
                                + "contrat signé le 01/05/2023."),
                Arguments.of(
                        EligibilityCriterion.SPECIALTY,
                        new DoctorProfile(
                                "CHIRURGIE_VISCERALE", Sector.SECTOR_1, false, 2, true, false, 0, 50, true, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "La spécialité « CHIRURGIE_VISCERALE » ne fait pas partie du groupe 1 (éligible partout) ; les spécialités "
                                + "du groupe 2 ne sont éligibles que dans les territoires les plus en difficulté (30 %), ce qui "
                                + "n'est pas le cas ici."),
                Arguments.of(
                        EligibilityCriterion.SECTOR,
                        new DoctorProfile(GP, Sector.SECTOR_2, false, 2, true, false, 800, 0, true, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Le médecin doit exercer en secteur 1, ou en secteur 2 avec adhésion à l'OPTAM ou à l'OPTAM-CO "
                                + "(ici : secteur 2 sans OPTAM)."),
                Arguments.of(
                        EligibilityCriterion.GROUPED_PRACTICE,
                        new DoctorProfile(GP, Sector.SECTOR_1, false, 1, false, false, 800, 0, true, true),
                        AssistantOption.HALF,
                        SIGNED_2024,
                        "L'exercice regroupé (au moins 2 médecins) est requis hors zone sous-dense (ici : 1 médecin(s))."),
                Arguments.of(
                        EligibilityCriterion.ACTIVITY,
                        new DoctorProfile(GP, Sector.SECTOR_1, false, 2, true, false, 640, 0, true, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Un médecin généraliste doit avoir suivi plus de 640 patients adultes dans l'année (ici : 640)."),
                Arguments.of(
                        EligibilityCriterion.COORDINATED_PRACTICE,
                        new DoctorProfile(GP, Sector.SECTOR_1, false, 2, true, false, 800, 0, false, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Le médecin doit s'engager dans un exercice coordonné (MSP, centre de santé, ESP, CPTS…) dans un délai "
                                + "de 2 ans."),
                Arguments.of(
                        EligibilityCriterion.STRUCTURE_INDICATORS,
                        new DoctorProfile(GP, Sector.SECTOR_1, false, 2, true, false, 800, 0, true, false),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Les indicateurs du volet 1 du forfait structure doivent être validés."),
                Arguments.of(
                        EligibilityCriterion.FULL_TIME_ZONE,
                        new DoctorProfile(GP, Sector.SECTOR_1, false, 2, false, false, 800, 0, true, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "L'option « temps plein (1 ETP) » est réservée aux médecins exerçant en zone sous-dense "
                                + "(« Assistant médical 2024 »)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachCriterionFailingAlone(
            EligibilityCriterion criterion,
            DoctorProfile doctor,
            AssistantOption option,
            LocalDate signature,
            String reason) {
        EligibilityResult result = SUBSIDY.checkEligibility(doctor, option, signature);
        assertThat(result.isEligible()).isFalse();
        assertThat(result.failures()).containsExactly(new FailedCriterion(criterion, reason));
    }

    @Test
    void acceptsADoctorMeetingEveryCriterion() {
        EligibilityResult result = SUBSIDY.checkEligibility(eligibleDoctor(), AssistantOption.FULL, SIGNED_2024);
        assertThat(result.isEligible()).isTrue();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.ruleSetName()).isEqualTo("Assistant médical 2024");
    }

    @Test
    void returnsEveryFailedCriterionTogetherForTheFullTimeOption() {
        DoctorProfile failingAll = new DoctorProfile(
                "CHIRURGIE_VISCERALE", Sector.NOT_CONTRACTED, false, 1, false, false, 0, 10, false, false);
        assertThat(SUBSIDY.checkEligibility(failingAll, AssistantOption.FULL, SIGNED_2024)
                        .failures())
                .extracting(FailedCriterion::criterion)
                .containsExactly(
                        EligibilityCriterion.SPECIALTY,
                        EligibilityCriterion.SECTOR,
                        EligibilityCriterion.GROUPED_PRACTICE,
                        EligibilityCriterion.ACTIVITY,
                        EligibilityCriterion.COORDINATED_PRACTICE,
                        EligibilityCriterion.STRUCTURE_INDICATORS,
                        EligibilityCriterion.FULL_TIME_ZONE);
    }

    @Test
    void returnsEveryFailedCriterionTogetherForAClosedOption() {
        DoctorProfile failingAll =
                new DoctorProfile("CHIRURGIE_VISCERALE", Sector.SECTOR_2, false, 1, false, false, 0, 10, false, false);
        assertThat(SUBSIDY.checkEligibility(failingAll, AssistantOption.THIRD, LocalDate.of(2023, 6, 1))
                        .failures())
                .extracting(FailedCriterion::criterion)
                .containsExactly(
                        EligibilityCriterion.OPTION_OPEN,
                        EligibilityCriterion.SPECIALTY,
                        EligibilityCriterion.SECTOR,
                        EligibilityCriterion.GROUPED_PRACTICE,
                        EligibilityCriterion.ACTIVITY,
                        EligibilityCriterion.COORDINATED_PRACTICE,
                        EligibilityCriterion.STRUCTURE_INDICATORS);
    }

    @Test
    void acceptsSecteur2WithOptam() {
        DoctorProfile optam = new DoctorProfile(GP, Sector.SECTOR_2, true, 2, true, false, 800, 0, true, true);
        assertThat(SUBSIDY.checkEligibility(optam, AssistantOption.FULL, SIGNED_2024)
                        .isEligible())
                .isTrue();
    }

    @Test
    void measuresSpecialistsAgainstThe30thPercentile() {
        DoctorProfile at30 =
                new DoctorProfile("CARDIOLOGIE", Sector.SECTOR_1, false, 2, false, false, 0, 30, true, true);
        DoctorProfile at31 =
                new DoctorProfile("CARDIOLOGIE", Sector.SECTOR_1, false, 2, false, false, 0, 31, true, true);
        assertThat(SUBSIDY.checkEligibility(at30, AssistantOption.HALF, SIGNED_2024)
                        .failures())
                .containsExactly(new FailedCriterion(
                        EligibilityCriterion.ACTIVITY,
                        "Un spécialiste doit avoir une file active au-dessus du 30e percentile national (ici : 30e)."));
        assertThat(SUBSIDY.checkEligibility(at31, AssistantOption.HALF, SIGNED_2024)
                        .isEligible())
                .isTrue();
    }

    @Test
    void acceptsGroupedPracticeExceptionInAnUnderServedZone() {
        DoctorProfile alone = new DoctorProfile(GP, Sector.SECTOR_1, false, 1, true, false, 800, 0, true, true);
        assertThat(SUBSIDY.checkEligibility(alone, AssistantOption.HALF, SIGNED_2024)
                        .isEligible())
                .isTrue();
    }

    @Test
    void warnsInsteadOfDecidingWhenAGroup2SpecialtyCannotBeCheckedAgainstAnUnknownList() {
        DoctorProfile mostUnderServed =
                new DoctorProfile("CHIRURGIE_VISCERALE", Sector.SECTOR_1, false, 2, false, true, 0, 50, true, true);
        EligibilityResult result = SUBSIDY.checkEligibility(mostUnderServed, AssistantOption.HALF, SIGNED_2024);
        assertThat(result.isEligible()).isTrue();
        assertThat(result.warnings())
                .containsExactly("La spécialité « CHIRURGIE_VISCERALE » ne fait pas partie du groupe 1 "
                        + "(éligible partout) ; la liste du groupe 2 n'est pas renseignée dans « Assistant médical 2024 » : l'éligibilité de "
                        + "cette spécialité en territoire très sous-doté est à vérifier par la CPAM.");
    }
}
