package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of an ACI contract, as a party records it: the cause, the day the contract stops (from which no payment
 * is ordered: what was advanced for the days after it is recovered pro rata), why, by whom and when it was recorded.
 */
public record ContractEnd(EndCause cause, LocalDate endsOn, String reason, Actor by, Instant recordedAt) {

    public ContractEnd {
        Objects.requireNonNull(cause, "motif de fin");
        Objects.requireNonNull(endsOn, "date de fin");
        Objects.requireNonNull(by, "auteur");
        Objects.requireNonNull(recordedAt, "date d'enregistrement");
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Indiquez le motif de la " + cause.label().toLowerCase() + " du contrat ACI.");
        }
        reason = reason.strip();
    }

    /**
     * Refuses a yearly review of a contract year the contract no longer reaches the end of (it ends before the
     * anniversary closing the year): an unfinished year earns no variable part.
     */
    public void requireCovers(int contractYear, LocalDate yearEnd) {
        if (endsOn.isBefore(yearEnd)) {
            throw new DomainException("Impossible d'ouvrir la revue annuelle de l'année " + contractYear + " : "
                    + describe().toLowerCase() + ", avant l'anniversaire du " + FrenchDates.day(yearEnd)
                    + " qui clôt cette année ; une année inachevée n'ouvre droit à aucune part variable.");
        }
    }

    /** E.g. « Résiliation au 01/03/2026 ». */
    public String describe() {
        return cause.label() + " au " + FrenchDates.day(endsOn);
    }
}
