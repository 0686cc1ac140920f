package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;

/**
 * The doctor's commitment (engagement du médecin) recorded in the request: the patient list when the contract starts
 * and the increase of it, in whole percent, the doctor promises to reach from the year the rule set says (year 3);
 * the range of increases an option allows is the funding engine's rule data.
 */
public record PatientListCommitment(long initialPatients, int increasePercent) {

    /** More patients than this is taken for a typing mistake. */
    public static final long PATIENTS_MAX = 100_000;

    public PatientListCommitment {
        if (initialPatients < 1 || initialPatients > PATIENTS_MAX) {
            throw new DomainException(
                    "Engagement du médecin : la patientèle initiale est comprise entre 1 et 100 000 " + "patients.");
        }
        if (increasePercent < 0 || increasePercent > 100) {
            throw new DomainException("Engagement du médecin : l'augmentation promise est comprise entre 0 et 100 %.");
        }
    }

    /** The list promised: the initial list increased by the percentage, rounded up to a whole patient. */
    public long target() {
        return initialPatients + (initialPatients * increasePercent + 99) / 100;
    }
}
