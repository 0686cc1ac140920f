package fr.cpts.funding.assistant;

import fr.cpts.funding.ruleset.Parameter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The eligibility data of a medical-assistant rule set: priority specialties (groupe 1 everywhere, groupe 2
 * only in the most under-served territories), the grouped-practice minimum, the activity thresholds and
 * the delay to join a coordinated practice.
 *
 * @param generalPracticeCode the specialty whose activity is counted in adult patients (médecine générale)
 */
public record EligibilityRules(
        Parameter<List<Specialty>> group1,
        Parameter<List<Specialty>> group2,
        String generalPracticeCode,
        Parameter<Long> groupedPracticeMinimumDoctors,
        Parameter<Long> generalPractitionerAdultPatientsAbove,
        Parameter<Long> specialistPercentileAbove,
        Parameter<Long> coordinatedPracticeDelayYears) {

    public EligibilityRules {
        Objects.requireNonNull(group1, "group1");
        Objects.requireNonNull(group2, "group2");
        Objects.requireNonNull(generalPracticeCode, "generalPracticeCode");
        Objects.requireNonNull(groupedPracticeMinimumDoctors, "groupedPracticeMinimumDoctors");
        Objects.requireNonNull(generalPractitionerAdultPatientsAbove, "generalPractitionerAdultPatientsAbove");
        Objects.requireNonNull(specialistPercentileAbove, "specialistPercentileAbove");
        Objects.requireNonNull(coordinatedPracticeDelayYears, "coordinatedPracticeDelayYears");
    }

    List<Parameter<?>> parameters() {
        return Stream.<Parameter<?>>of(
                        group1,
                        group2,
                        groupedPracticeMinimumDoctors,
                        generalPractitionerAdultPatientsAbove,
                        specialistPercentileAbove,
                        coordinatedPracticeDelayYears)
                .toList();
    }
}
