package fr.cpts.funding.assistant;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;
import java.util.Objects;

/**
 * An amount row for doctors with the largest patient lists (médecins à forte patientèle): from a contract year on,
 * a doctor whose patient list is at or above a national percentile gets this amount instead of the year's standard
 * one (ameli: « 3e année et suivantes … P90 à P94 », « montant fixe quelle que soit l'année … ≥ P95 »).
 */
public record PatientListRow(int fromPercentile, int fromYear, Parameter<Money> amount) {

    public PatientListRow {
        Objects.requireNonNull(amount, "amount");
        if (fromPercentile < 1 || fromPercentile > 100 || fromYear < 1) {
            throw new IllegalArgumentException(
                    "Ligne de forte patientèle incohérente : P" + fromPercentile + ", année " + fromYear + ".");
        }
    }

    boolean appliesTo(int contractYear, int patientListPercentile) {
        return contractYear >= fromYear && patientListPercentile >= fromPercentile;
    }
}
