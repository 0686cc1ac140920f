package fr.cpts.funding.assistant;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.funding.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks a doctor against every eligibility criterion of a medical-assistant rule set, collecting all failures. */
final class EligibilityCheck {

    private final RuleSet<AssistantParameters> ruleSet;
    private final EligibilityRules rules;
    private final List<FailedCriterion> failures = new ArrayList<>();
    private final List<AppliedDerogation> derogations = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private DoctorProfile doctor;

    EligibilityCheck(RuleSet<AssistantParameters> ruleSet) {
        this.ruleSet = ruleSet;
        this.rules = ruleSet.parameters().eligibility();
    }

    /** @param optionClosed why the option is not open on the signature date, if it is not */
    EligibilityResult check(DoctorProfile doctor, AssistantOption option, Optional<String> optionClosed) {
        this.doctor = doctor;
        optionClosed.ifPresent(reason -> fail(EligibilityCriterion.OPTION_OPEN, reason));
        checkSpecialty(doctor);
        if (doctor.sector() != Sector.SECTOR_1 && !(doctor.sector() == Sector.SECTOR_2 && doctor.optam())) {
            fail(
                    EligibilityCriterion.SECTOR,
                    "Le médecin doit exercer en secteur 1, ou en secteur 2 avec adhésion à l'OPTAM "
                            + "ou à l'OPTAM-CO (ici : " + doctor.sector().label()
                            + (doctor.sector() == Sector.SECTOR_2 ? " sans OPTAM" : "") + ").");
        }
        long minimumDoctors = ruleSet.require(rules.groupedPracticeMinimumDoctors(), "Le nombre minimal de médecins");
        if (doctor.doctorsInPractice() < minimumDoctors && !doctor.inUnderServedZone()) {
            fail(
                    EligibilityCriterion.GROUPED_PRACTICE,
                    "L'exercice regroupé (au moins " + minimumDoctors + " médecins) est requis "
                            + "hors zone sous-dense (ici : " + doctor.doctorsInPractice() + " médecin(s)).");
        }
        checkActivity(doctor);
        if (!doctor.committedToCoordinatedPractice()) {
            fail(
                    EligibilityCriterion.COORDINATED_PRACTICE,
                    "Le médecin doit s'engager dans un exercice coordonné (MSP, centre de "
                            + "santé, ESP, CPTS…) dans un délai de "
                            + ruleSet.require(rules.coordinatedPracticeDelayYears(), "Le délai")
                            + " ans.");
        }
        if (!doctor.structureIndicatorsValidated()) {
            fail(
                    EligibilityCriterion.STRUCTURE_INDICATORS,
                    "Les indicateurs du volet 1 du forfait structure doivent être validés.");
        }
        ruleSet.parameters().termsOf(option).ifPresent(terms -> {
            if (ruleSet.require(terms.underServedZoneOnly(), "La réserve aux zones sous-denses")
                    && !doctor.inUnderServedZone()) {
                fail(
                        EligibilityCriterion.FULL_TIME_ZONE,
                        "L'option « " + option.label() + " » est réservée aux médecins exerçant "
                                + "en zone sous-dense (« " + ruleSet.name() + " »).");
            }
        });
        return new EligibilityResult(ruleSet.name(), failures, derogations, warnings);
    }

    private void checkSpecialty(DoctorProfile doctor) {
        if (rules.specialties() instanceof SpecialtyRule.PriorityGroups groups) {
            checkPriorityGroups(doctor, groups);
        } else if (rules.specialties() instanceof SpecialtyRule.AllSpecialtiesExcept rule) {
            checkAllSpecialtiesExcept(doctor, rule);
        }
    }

    private void checkPriorityGroups(DoctorProfile doctor, SpecialtyRule.PriorityGroups groups) {
        String code = doctor.specialtyCode();
        List<Specialty> group1 = ruleSet.require(groups.group1(), "La liste des spécialités du groupe 1");
        if (contains(group1, code)) {
            return;
        }
        String outsideGroup1 =
                "La spécialité « " + labelOf(code) + " » ne fait pas partie du groupe 1 (éligible partout) ; ";
        Optional<List<Specialty>> group2 = groups.group2().value();
        if (group2.isPresent() && !contains(group2.get(), code)) {
            fail(EligibilityCriterion.SPECIALTY, outsideGroup1 + "elle ne fait pas non plus partie du groupe 2.");
        } else if (!doctor.inMostUnderServedTerritory()) {
            fail(
                    EligibilityCriterion.SPECIALTY,
                    outsideGroup1 + "les spécialités du groupe 2 ne sont éligibles que dans les "
                            + "territoires les plus en difficulté (30 %), ce qui n'est pas le cas ici.");
        } else if (group2.isEmpty()) {
            warnings.add(
                    outsideGroup1 + "la liste du groupe 2 n'est pas renseignée dans « " + ruleSet.name()
                            + " » : l'éligibilité de cette spécialité en territoire très sous-doté est à vérifier par la CPAM.");
        }
    }

    private void checkAllSpecialtiesExcept(DoctorProfile doctor, SpecialtyRule.AllSpecialtiesExcept rule) {
        String code = doctor.specialtyCode();
        if (contains(ruleSet.require(rule.excluded(), "La liste des spécialités exclues"), code)) {
            fail(
                    EligibilityCriterion.SPECIALTY,
                    "La spécialité « " + labelOf(code) + " » est exclue de l'aide par « " + ruleSet.name()
                            + " », qui admet toutes les spécialités sauf : "
                            + rule.excluded().value().orElseThrow().stream()
                                    .map(Specialty::label)
                                    .collect(Collectors.joining(", "))
                            + ".");
            return;
        }
        if (!contains(
                ruleSet.require(rule.clinicalFeesSpecialties(), "La liste des spécialités à honoraires cliniques"),
                code)) {
            return;
        }
        long minimum = ruleSet.require(rule.minimumClinicalFeesShare(), "La part minimale d'honoraires cliniques");
        String requirement = "La spécialité « " + labelOf(code) + " » est éligible si les honoraires cliniques (hors "
                + "actes CCAM) font au moins " + minimum + " % des honoraires des 12 mois précédant le contrat";
        if (doctor.clinicalFeesShare().isEmpty()) {
            fail(EligibilityCriterion.CLINICAL_FEES, requirement + " : cette part n'est pas renseignée.");
        } else if (doctor.clinicalFeesShare().getAsInt() < minimum) {
            fail(
                    EligibilityCriterion.CLINICAL_FEES,
                    requirement + " (ici : " + doctor.clinicalFeesShare().getAsInt() + " %).");
        }
    }

    private String labelOf(String code) {
        return rules.specialties().labelOf(code).orElse(code);
    }

    private void checkActivity(DoctorProfile doctor) {
        if (doctor.specialtyCode().equals(rules.generalPracticeCode())) {
            long threshold = ruleSet.require(
                    rules.generalPractitionerMedecinTraitantPatientsAbove(), "Le seuil d'activité des généralistes");
            if (doctor.medecinTraitantAdultPatients() <= threshold) {
                fail(
                        EligibilityCriterion.ACTIVITY,
                        "Un médecin généraliste doit être le médecin traitant de plus de "
                                + FrenchNumbers.format(threshold) + " patients adultes (ici : "
                                + FrenchNumbers.format(doctor.medecinTraitantAdultPatients()) + ").");
            }
        } else {
            long threshold = ruleSet.require(rules.specialistPercentileAbove(), "Le seuil d'activité des spécialistes");
            if (doctor.activityPercentile() <= threshold) {
                fail(
                        EligibilityCriterion.ACTIVITY,
                        "Un spécialiste doit avoir une file active au-dessus du " + threshold
                                + "e percentile national (ici : " + doctor.activityPercentile() + "e).");
            }
        }
    }

    /** A criterion not met: waived when the doctor claims a derogation this rule set grants for it. */
    private void fail(EligibilityCriterion criterion, String reason) {
        Optional<DerogationRule> waiver = rules.derogations().stream()
                .filter(rule ->
                        rule.waives() == criterion && doctor.derogations().contains(rule.derogation()))
                .findFirst();
        if (waiver.isEmpty()) {
            failures.add(new FailedCriterion(criterion, reason));
            return;
        }
        DerogationRule rule = waiver.get();
        derogations.add(new AppliedDerogation(
                rule.derogation(),
                criterion,
                rule.decisionRequired(),
                reason + " Dérogation (" + rule.derogation().label() + ") : " + rule.outcome() + " (" + rule.source()
                        + ")"));
    }

    private static boolean contains(List<Specialty> specialties, String code) {
        return specialties.stream().anyMatch(specialty -> specialty.code().equals(code));
    }
}
