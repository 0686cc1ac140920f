package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The ARS's decision to grant FIR seed money to a CPTS whose letter of intent it validated. */
public record SeedGrant(
        DossierId letterOfIntent, Money amount, LocalDate decidedOn, Actor decidedBy, Instant recordedAt) {

    public SeedGrant {
        Objects.requireNonNull(letterOfIntent, "lettre d'intention");
        Objects.requireNonNull(amount, "montant");
        Objects.requireNonNull(decidedOn, "date de décision");
        Objects.requireNonNull(decidedBy, "auteur");
        Objects.requireNonNull(recordedAt, "date d'enregistrement");
    }

    /**
     * The day the CPTS entered the law: loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé,
     * article 65 (code de la santé publique, article L. 1434-12). No FIR decision for a CPTS can be older.
     */
    static final LocalDate CPTS_IN_LAW = LocalDate.of(2016, 1, 26);

    /** Records the decision on a validated letter of intent, for an amount within the région's range. */
    public static SeedGrant decide(
            Dossier letterOfIntent,
            SeedGrantRange range,
            Money amount,
            LocalDate decidedOn,
            Actor officer,
            Instant at) {
        if (officer.role() != Role.ARS_OFFICER) {
            throw new DomainException("Seul un agent ARS peut décider d'une subvention FIR.");
        }
        if (letterOfIntent.kind() != DossierKind.LETTRE_INTENTION || letterOfIntent.state() != DossierState.VALIDATED) {
            throw new DomainException("La subvention FIR d'amorçage ne peut être accordée qu'après la validation de "
                    + "la lettre d'intention (état actuel : « "
                    + letterOfIntent.state().label() + " »).");
        }
        if (amount == null) {
            throw new DomainException("Le montant de la subvention est obligatoire.");
        }
        if (!range.contains(amount)) {
            throw new DomainException("Le montant de " + amount + " est hors de la fourchette de la région : entre "
                    + range.minimum() + " et " + range.maximum() + " (" + range.source() + ").");
        }
        if (decidedOn == null) {
            throw new DomainException("La date de la décision est obligatoire.");
        }
        if (decidedOn.isAfter(LocalDate.ofInstant(at, FrenchDates.PARIS))) {
            throw new DomainException("La date de la décision ne peut pas être dans le futur.");
        }
        if (decidedOn.isBefore(CPTS_IN_LAW)) {
            throw new DomainException("Date de la décision : les CPTS existent depuis la loi du 26 janvier 2016 ; "
                    + "une décision FIR ne peut pas dater d'avant (date saisie : "
                    + FrenchDates.day(decidedOn) + ").");
        }
        return new SeedGrant(letterOfIntent.id().orElseThrow(), amount, decidedOn, officer, at);
    }
}
