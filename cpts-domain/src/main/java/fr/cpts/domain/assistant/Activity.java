package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The doctor's activity figures the eligibility check and the amounts read: adult patients who chose the doctor as
 * médecin traitant (counted for general practitioners), the national percentile of the patient list (file active,
 * counted for specialists and for the amounts of the largest patient lists), the share of clinical fees over the 12
 * months before the contract when declared (counted for surgeons, ENT specialists and gynaecologists since 2024), and
 * whether the indicators of volet 1 of the forfait structure are validated.
 */
public record Activity(
        long medecinTraitantAdultPatients,
        int activityPercentile,
        OptionalInt clinicalFeesShare,
        boolean structureIndicatorsValidated) {

    /** More adult patients than this is taken for a typing mistake. */
    public static final long PATIENTS_MAX = 100_000;

    public Activity {
        Objects.requireNonNull(clinicalFeesShare, "clinicalFeesShare");
        if (medecinTraitantAdultPatients < 0 || medecinTraitantAdultPatients > PATIENTS_MAX) {
            throw new DomainException(
                    "Patients adultes médecin traitant : le nombre est compris entre 0 et " + "100 000.");
        }
        if (activityPercentile < 0 || activityPercentile > 100) {
            throw new DomainException("Percentile de la file active : il est compris entre 0 et 100.");
        }
        if (clinicalFeesShare.isPresent() && (clinicalFeesShare.getAsInt() < 0 || clinicalFeesShare.getAsInt() > 100)) {
            throw new DomainException("Part des honoraires cliniques : elle est comprise entre 0 et 100 %.");
        }
    }

    /** Activity figures without a declared share of clinical fees. */
    public Activity(long medecinTraitantAdultPatients, int activityPercentile, boolean structureIndicatorsValidated) {
        this(medecinTraitantAdultPatients, activityPercentile, OptionalInt.empty(), structureIndicatorsValidated);
    }
}
