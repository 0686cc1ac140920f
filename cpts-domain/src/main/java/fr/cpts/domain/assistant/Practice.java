package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the doctor practises, as the eligibility criteria look at it: the doctors practising together (the applicant
 * included: exercice regroupé from 2), whether the practice lies in an under-served zone (zone sous-dense) or in
 * one of the most under-served territories (30 %), the commitment to join a coordinated practice (MSP, ESP,
 * CPTS…), and the situations claimed as derogations (new installation, disability or long-term illness, shared
 * assistant).
 */
public record Practice(
        int doctorsInPractice,
        boolean inUnderServedZone,
        boolean inMostUnderServedTerritory,
        boolean committedToCoordinatedPractice,
        Set<ClaimedDerogation> claimedDerogations) {

    /** More doctors than this in one practice is taken for a typing mistake. */
    public static final int DOCTORS_MAX = 500;

    public Practice {
        claimedDerogations = claimedDerogations.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(claimedDerogations));
        if (doctorsInPractice < 1 || doctorsInPractice > DOCTORS_MAX) {
            throw new DomainException(
                    "Nombre de médecins du cabinet : il est compris entre 1 (le médecin seul) et " + DOCTORS_MAX + ".");
        }
    }

    /** A practice claiming no derogation. */
    public Practice(
            int doctorsInPractice,
            boolean inUnderServedZone,
            boolean inMostUnderServedTerritory,
            boolean committedToCoordinatedPractice) {
        this(
                doctorsInPractice,
                inUnderServedZone,
                inMostUnderServedTerritory,
                committedToCoordinatedPractice,
                Set.of());
    }
}
