package fr.cpts.funding.assistant;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the CPAM needs to know about a doctor applying for the medical-assistant subsidy.
 *
 * @param specialtyCode                   code of the specialty, as in the rule set's lists
 * @param optam                           secteur 2 doctor adhering to the OPTAM or OPTAM-CO
 * @param doctorsInPractice               doctors practising together, the applicant included
 * @param inUnderServedZone               practises in an under-served zone (zone sous-dense)
 * @param inMostUnderServedTerritory      practises in one of the most under-served territories (30 %)
 * @param medecinTraitantAdultPatients    adult patients who chose the doctor as médecin traitant (counted for general
 *                                        practitioners)
 * @param activityPercentile              national percentile of the patient list, 0 to 100 (counted for specialists,
 *                                        and for the amount rows of the largest patient lists)
 * @param clinicalFeesShare               share of clinical fees (hors actes CCAM) over the 12 months before the contract,
 *                                        in %, when declared (counted for surgeons, ENT specialists and gynaecologists)
 * @param committedToCoordinatedPractice  commits to join a coordinated practice (MSP, ESP, CPTS…)
 * @param derogations                     the derogations the doctor claims
 * @param structureIndicatorsValidated    the indicators of volet 1 of the forfait structure are validated
 */
public record DoctorProfile(
        String specialtyCode,
        Sector sector,
        boolean optam,
        int doctorsInPractice,
        boolean inUnderServedZone,
        boolean inMostUnderServedTerritory,
        long medecinTraitantAdultPatients,
        int activityPercentile,
        OptionalInt clinicalFeesShare,
        boolean committedToCoordinatedPractice,
        boolean structureIndicatorsValidated,
        Set<Derogation> derogations) {

    public DoctorProfile {
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(clinicalFeesShare, "clinicalFeesShare");
        derogations = derogations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(derogations));
        if (doctorsInPractice < 1
                || medecinTraitantAdultPatients < 0
                || activityPercentile < 0
                || activityPercentile > 100
                || clinicalFeesShare.orElse(0) < 0
                || clinicalFeesShare.orElse(0) > 100) {
            throw new IllegalArgumentException("Profil de médecin incohérent.");
        }
    }
}
