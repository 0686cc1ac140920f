package fr.cpts.funding.assistant;

import java.util.Objects;

/**
 * What the CPAM needs to know about a doctor applying for the medical-assistant subsidy.
 *
 * @param specialtyCode                   code of the specialty, as in the rule set's lists
 * @param optam                           secteur 2 doctor adhering to the OPTAM or OPTAM-CO
 * @param doctorsInPractice               doctors practising together, the applicant included
 * @param inUnderServedZone               practises in an under-served zone (zone sous-dense)
 * @param inMostUnderServedTerritory      practises in one of the most under-served territories (30 %)
 * @param adultPatientsInYear             adult patients seen in the year (counted for general practitioners)
 * @param activityPercentile              national percentile of the patient list (counted for specialists), 0 to 100
 * @param committedToCoordinatedPractice  commits to join a coordinated practice (MSP, ESP, CPTS…)
 * @param structureIndicatorsValidated    the indicators of volet 1 of the forfait structure are validated
 */
public record DoctorProfile(
        String specialtyCode,
        Sector sector,
        boolean optam,
        int doctorsInPractice,
        boolean inUnderServedZone,
        boolean inMostUnderServedTerritory,
        long adultPatientsInYear,
        int activityPercentile,
        boolean committedToCoordinatedPractice,
        boolean structureIndicatorsValidated) {

    public DoctorProfile {
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(sector, "sector");
        if (doctorsInPractice < 1 || adultPatientsInYear < 0 || activityPercentile < 0 || activityPercentile > 100) {
            throw new IllegalArgumentException("Profil de médecin incohérent.");
        }
    }
}
