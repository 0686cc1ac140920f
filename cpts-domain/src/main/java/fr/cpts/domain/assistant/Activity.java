package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;

/**
 * The doctor's activity figures the eligibility check reads: adult patients seen in the year (counted for general
 * practitioners), the national percentile of the patient list (file active, counted for specialists), and whether
 * the indicators of volet 1 of the forfait structure are validated.
 */
public record Activity(long adultPatientsInYear, int activityPercentile, boolean structureIndicatorsValidated) {

    /** More adult patients than this in a year is taken for a typing mistake. */
    public static final long PATIENTS_MAX = 100_000;

    public Activity {
        if (adultPatientsInYear < 0 || adultPatientsInYear > PATIENTS_MAX) {
            throw new DomainException(
                    "Patients adultes vus dans l'année : le nombre est compris entre 0 et " + "100 000.");
        }
        if (activityPercentile < 0 || activityPercentile > 100) {
            throw new DomainException("Percentile de la file active : il est compris entre 0 et 100.");
        }
    }
}
