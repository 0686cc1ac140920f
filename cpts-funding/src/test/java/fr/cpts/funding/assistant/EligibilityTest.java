package fr.cpts.funding.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EligibilityTest {

    private static final AssistantSubsidy SUBSIDY = AssistantSubsidy.withShippedRuleSets();
    private static final LocalDate SIGNED_2024 = LocalDate.of(2024, 7, 1);
    private static final String GP = "MEDECINE_GENERALE";

    private static final LocalDate SIGNED_2020 = LocalDate.of(2020, 3, 1);

    private static DoctorProfile profile(
            String specialty,
            Sector sector,
            boolean optam,
            int doctors,
            boolean underServed,
            boolean mostUnderServed,
            long medecinTraitantPatients,
            int percentile,
            boolean coordinated,
            boolean structure) {
        return new DoctorProfile(
                specialty,
                sector,
                optam,
                doctors,
                underServed,
                mostUnderServed,
                medecinTraitantPatients,
                percentile,
                OptionalInt.empty(),
                coordinated,
                structure,
                Set.of());
    }

    /** A general practitioner with few médecin traitant patients, working alone outside an under-served zone. */
    private static DoctorProfile smallPractice(Derogation... claimed) {
        return new DoctorProfile(
                GP, Sector.SECTOR_1, false, 1, false, false, 300, 0, OptionalInt.empty(), true, true, Set.of(claimed));
    }

    private static DoctorProfile specialist(String specialty, OptionalInt clinicalFeesShare) {
        return new DoctorProfile(
                specialty, Sector.SECTOR_1, false, 2, true, false, 0, 50, clinicalFeesShare, true, true, Set.of());
    }

    /** A general practitioner meeting every criterion, in an under-served zone. */
    private static DoctorProfile eligibleDoctor() {
        return profile(GP, Sector.SECTOR_1, false, 2, true, false, 800, 0, true, true);
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
                        profile("CHIRURGIE_VISCERALE", Sector.SECTOR_1, false, 2, true, false, 0, 50, true, true),
                        AssistantOption.FULL,
                        SIGNED_2020,
                        "La spécialité « CHIRURGIE_VISCERALE » ne fait pas partie du groupe 1 (éligible partout) ; les spécialités "
                                + "du groupe 2 ne sont éligibles que dans les territoires les plus en difficulté (30 %), ce qui "
                                + "n'est pas le cas ici."),
                Arguments.of(
                        EligibilityCriterion.SECTOR,
                        profile(GP, Sector.SECTOR_2, false, 2, true, false, 800, 0, true, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Le médecin doit exercer en secteur 1, ou en secteur 2 avec adhésion à l'OPTAM ou à l'OPTAM-CO "
                                + "(ici : secteur 2 sans OPTAM)."),
                Arguments.of(
                        EligibilityCriterion.GROUPED_PRACTICE,
                        profile(GP, Sector.SECTOR_1, false, 1, false, false, 800, 0, true, true),
                        AssistantOption.HALF,
                        SIGNED_2024,
                        "L'exercice regroupé (au moins 2 médecins) est requis hors zone sous-dense (ici : 1 médecin(s))."),
                Arguments.of(
                        EligibilityCriterion.ACTIVITY,
                        profile(GP, Sector.SECTOR_1, false, 2, true, false, 640, 0, true, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Un médecin généraliste doit être le médecin traitant de plus de 640 patients adultes (ici : 640)."),
                Arguments.of(
                        EligibilityCriterion.COORDINATED_PRACTICE,
                        profile(GP, Sector.SECTOR_1, false, 2, true, false, 800, 0, false, true),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Le médecin doit s'engager dans un exercice coordonné (MSP, centre de santé, ESP, CPTS…) dans un délai "
                                + "de 2 ans."),
                Arguments.of(
                        EligibilityCriterion.STRUCTURE_INDICATORS,
                        profile(GP, Sector.SECTOR_1, false, 2, true, false, 800, 0, true, false),
                        AssistantOption.FULL,
                        SIGNED_2024,
                        "Les indicateurs du volet 1 du forfait structure doivent être validés."),
                Arguments.of(
                        EligibilityCriterion.FULL_TIME_ZONE,
                        profile(GP, Sector.SECTOR_1, false, 2, false, false, 800, 0, true, true),
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
        DoctorProfile failingAll =
                profile("CHIRURGIE_VISCERALE", Sector.NOT_CONTRACTED, false, 1, false, false, 0, 10, false, false);
        assertThat(SUBSIDY.checkEligibility(failingAll, AssistantOption.FULL, SIGNED_2020)
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
                profile("CHIRURGIE_VISCERALE", Sector.SECTOR_2, false, 1, false, false, 0, 10, false, false);
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
        DoctorProfile optam = profile(GP, Sector.SECTOR_2, true, 2, true, false, 800, 0, true, true);
        assertThat(SUBSIDY.checkEligibility(optam, AssistantOption.FULL, SIGNED_2024)
                        .isEligible())
                .isTrue();
    }

    @Test
    void measuresSpecialistsAgainstThe30thPercentile() {
        DoctorProfile at30 = profile("CARDIOLOGIE", Sector.SECTOR_1, false, 2, false, false, 0, 30, true, true);
        DoctorProfile at31 = profile("CARDIOLOGIE", Sector.SECTOR_1, false, 2, false, false, 0, 31, true, true);
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
        DoctorProfile alone = profile(GP, Sector.SECTOR_1, false, 1, true, false, 800, 0, true, true);
        assertThat(SUBSIDY.checkEligibility(alone, AssistantOption.HALF, SIGNED_2024)
                        .isEligible())
                .isTrue();
    }

    @Test
    void warnsInsteadOfDecidingWhenAGroup2SpecialtyCannotBeCheckedAgainstAnUnknownList() {
        DoctorProfile mostUnderServed =
                profile("CHIRURGIE_VISCERALE", Sector.SECTOR_1, false, 2, false, true, 0, 50, true, true);
        EligibilityResult result = SUBSIDY.checkEligibility(mostUnderServed, AssistantOption.HALF, SIGNED_2020);
        assertThat(result.isEligible()).isTrue();
        assertThat(result.warnings())
                .containsExactly("La spécialité « CHIRURGIE_VISCERALE » ne fait pas partie du groupe 1 "
                        + "(éligible partout) ; la liste du groupe 2 n'est pas renseignée dans « Assistant médical 2019 » : l'éligibilité de "
                        + "cette spécialité en territoire très sous-doté est à vérifier par la CPAM.");
    }

    @ParameterizedTest(name = "2024 : {0} refusée")
    @CsvSource({
        "RADIOLOGIE, Radiologie",
        "RADIOTHERAPIE, Radiothérapie",
        "STOMATOLOGIE, Stomatologie",
        "ANESTHESIE, Anesthésie-réanimation",
        "ANATOMO_CYTOPATHOLOGIE, Anatomo-cytopathologie",
        "MEDECINE_NUCLEAIRE, Médecine nucléaire"
    })
    void refusesTheSixSpecialtiesThe2024ConventionExcludes(String code, String label) {
        assertThat(SUBSIDY.checkEligibility(specialist(code, OptionalInt.empty()), AssistantOption.HALF, SIGNED_2024)
                        .failures())
                .containsExactly(new FailedCriterion(
                        EligibilityCriterion.SPECIALTY,
                        "La spécialité « " + label
                                + " » est exclue de l'aide par « Assistant médical 2024 », qui admet "
                                + "toutes les spécialités sauf : Radiologie, Radiothérapie, Stomatologie, "
                                + "Anesthésie-réanimation, Anatomo-cytopathologie, Médecine nucléaire."));
    }

    @ParameterizedTest(name = "2024 : {0} éligible partout")
    @CsvSource({"NEPHROLOGIE", "ONCOLOGIE", "CARDIOLOGIE", "AUTRE"})
    void admitsSince2024EverySpecialtyOutsideTheExclusionsWithoutTheTerritoryCondition(String code) {
        DoctorProfile outsideTheMostUnderServed = specialist(code, OptionalInt.empty());
        assertThat(outsideTheMostUnderServed.inMostUnderServedTerritory()).isFalse();
        EligibilityResult result =
                SUBSIDY.checkEligibility(outsideTheMostUnderServed, AssistantOption.HALF, SIGNED_2024);
        assertThat(result.isEligible()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void keepsThe2019PriorityGroupsForContractsSignedUnderThem() {
        assertThat(SUBSIDY.checkEligibility(
                                specialist("NEPHROLOGIE", OptionalInt.empty()), AssistantOption.HALF, SIGNED_2020)
                        .failures())
                .extracting(FailedCriterion::criterion)
                .containsExactly(EligibilityCriterion.SPECIALTY);
    }

    @ParameterizedTest(name = "2024 : {0} à {1} % d''honoraires cliniques → éligible : {2}")
    @CsvSource({
        "CHIRURGIE, 80, true",
        "CHIRURGIE, 79, false",
        "ORL_MEDICAL, 95, true",
        "ORL_MEDICAL, 60, false",
        "GYNECOLOGIE_OBSTETRIQUE, 80, true",
        "GYNECOLOGIE_MEDICALE, 20, false"
    })
    void asksSurgeonsEntSpecialistsAndGynaecologistsForEightyPercentOfClinicalFees(
            String code, int share, boolean eligible) {
        EligibilityResult result =
                SUBSIDY.checkEligibility(specialist(code, OptionalInt.of(share)), AssistantOption.HALF, SIGNED_2024);
        assertThat(result.isEligible()).isEqualTo(eligible);
        if (!eligible) {
            assertThat(result.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.criterion()).isEqualTo(EligibilityCriterion.CLINICAL_FEES);
                assertThat(failure.reason())
                        .endsWith("au moins 80 % des honoraires des 12 mois précédant le contrat (ici : " + share
                                + " %).");
            });
        }
    }

    @Test
    void refusesASurgeonWhoseShareOfClinicalFeesIsNotDeclared() {
        assertThat(SUBSIDY.checkEligibility(
                                specialist("CHIRURGIE", OptionalInt.empty()), AssistantOption.HALF, SIGNED_2024)
                        .failures())
                .containsExactly(new FailedCriterion(
                        EligibilityCriterion.CLINICAL_FEES,
                        "La spécialité « Chirurgie (toutes spécialités chirurgicales) » est éligible si les honoraires "
                                + "cliniques (hors actes CCAM) font au moins 80 % des honoraires des 12 mois précédant le "
                                + "contrat : cette part n'est pas renseignée."));
    }

    @Test
    void doesNotAskTheShareOfClinicalFeesUnderThe2019Rules() {
        assertThat(SUBSIDY.checkEligibility(
                                specialist("ORL_MEDICAL", OptionalInt.empty()), AssistantOption.HALF, SIGNED_2020)
                        .isEligible())
                .isTrue();
    }

    @Test
    void waivesTheActivityThresholdForANewlyInstalledDoctorAndSaysWhy() {
        EligibilityResult result = SUBSIDY.checkEligibility(
                smallPractice(Derogation.NEW_INSTALLATION, Derogation.SHARED_ASSISTANT),
                AssistantOption.HALF,
                SIGNED_2024);
        assertThat(result.isEligible()).isTrue();
        assertThat(result.awaitsDecision()).isFalse();
        assertThat(result.derogations())
                .extracting(AppliedDerogation::waived)
                .containsExactly(EligibilityCriterion.GROUPED_PRACTICE, EligibilityCriterion.ACTIVITY);
        assertThat(result.derogations().get(1).explanation())
                .startsWith("Un médecin généraliste doit être le médecin traitant de plus de 640 patients adultes "
                        + "(ici : 300). Dérogation (médecin primo-installé sur le territoire) : le seuil d'activité ne "
                        + "s'applique pas ; l'objectif du contrat est le maintien de l'activité");
    }

    @ParameterizedTest(name = "signé le {0}")
    @CsvSource({
        "2020-03-01, directeur de la caisse après avis du service médical",
        "2024-07-01, sous réserve d'aménagement au contrat"
    })
    void leavesTheDisabilityDerogationToTheCaisseDecision(LocalDate signature, String outcome) {
        EligibilityResult result = SUBSIDY.checkEligibility(
                smallPractice(Derogation.DISABILITY_OR_LONG_TERM_ILLNESS, Derogation.SHARED_ASSISTANT),
                AssistantOption.HALF,
                signature);
        assertThat(result.isEligible()).isTrue();
        assertThat(result.awaitsDecision()).isTrue();
        assertThat(result.derogations())
                .filteredOn(AppliedDerogation::decisionRequired)
                .singleElement()
                .satisfies(derogation -> assertThat(derogation.explanation()).contains(outcome));
    }

    @Test
    void aDerogationWaivesOnlyItsOwnCriterion() {
        EligibilityResult result =
                SUBSIDY.checkEligibility(smallPractice(Derogation.SHARED_ASSISTANT), AssistantOption.HALF, SIGNED_2024);
        assertThat(result.failures())
                .extracting(FailedCriterion::criterion)
                .containsExactly(EligibilityCriterion.ACTIVITY);
        assertThat(result.derogations())
                .extracting(AppliedDerogation::waived)
                .containsExactly(EligibilityCriterion.GROUPED_PRACTICE);
    }

    @Test
    void anUnclaimedDerogationChangesNothing() {
        EligibilityResult result = SUBSIDY.checkEligibility(smallPractice(), AssistantOption.HALF, SIGNED_2024);
        assertThat(result.failures())
                .extracting(FailedCriterion::criterion)
                .containsExactly(EligibilityCriterion.GROUPED_PRACTICE, EligibilityCriterion.ACTIVITY);
        assertThat(result.derogations()).isEmpty();
    }
}
