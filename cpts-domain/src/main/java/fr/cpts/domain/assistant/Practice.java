package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;

/**
 * How the doctor practises, as the eligibility criteria look at it: the doctors practising together (the applicant
 * included: exercice regroupé from 2), whether the practice lies in an under-served zone (zone sous-dense) or in
 * one of the most under-served territories (30 %), and the commitment to join a coordinated practice (MSP, ESP,
 * CPTS…).
 */
public record Practice(
        int doctorsInPractice,
        boolean inUnderServedZone,
        boolean inMostUnderServedTerritory,
        boolean committedToCoordinatedPractice) {

    /** More doctors than this in one practice is taken for a typing mistake. */
    public static final int DOCTORS_MAX = 500;

    public Practice {
        if (doctorsInPractice < 1 || doctorsInPractice > DOCTORS_MAX) {
            throw new DomainException(
                    "Nombre de médecins du cabinet : il est compris entre 1 (le médecin seul) et " + DOCTORS_MAX + ".");
        }
    }
}
