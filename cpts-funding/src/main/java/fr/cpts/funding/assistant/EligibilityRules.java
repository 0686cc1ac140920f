package fr.cpts.funding.assistant;

import fr.cpts.funding.ruleset.Parameter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The eligibility data of a medical-assistant rule set: the specialties it admits, the grouped-practice minimum, the
 * activity thresholds, the delay to join a coordinated practice, and the derogations to these criteria.
 *
 * @param generalPracticeCode the specialty whose activity is counted in adult patients who chose the doctor as
 *     médecin traitant (médecine générale)
 */
public record EligibilityRules(
        SpecialtyRule specialties,
        String generalPracticeCode,
        Parameter<Long> groupedPracticeMinimumDoctors,
        Parameter<Long> generalPractitionerMedecinTraitantPatientsAbove,
        Parameter<Long> specialistPercentileAbove,
        Parameter<Long> coordinatedPracticeDelayYears,
        List<DerogationRule> derogations) {

    public EligibilityRules {
        Objects.requireNonNull(specialties, "specialties");
        Objects.requireNonNull(generalPracticeCode, "generalPracticeCode");
        Objects.requireNonNull(groupedPracticeMinimumDoctors, "groupedPracticeMinimumDoctors");
        Objects.requireNonNull(
                generalPractitionerMedecinTraitantPatientsAbove, "generalPractitionerMedecinTraitantPatientsAbove");
        Objects.requireNonNull(specialistPercentileAbove, "specialistPercentileAbove");
        Objects.requireNonNull(coordinatedPracticeDelayYears, "coordinatedPracticeDelayYears");
        derogations = List.copyOf(derogations);
    }

    List<Parameter<?>> parameters() {
        return Stream.concat(
                        specialties.parameters().stream(),
                        Stream.<Parameter<?>>of(
                                groupedPracticeMinimumDoctors,
                                generalPractitionerMedecinTraitantPatientsAbove,
                                specialistPercentileAbove,
                                coordinatedPracticeDelayYears))
                .toList();
    }
}
