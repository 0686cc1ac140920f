package fr.cpts.funding.ruleset;

import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Objects;

/** The legal text a rule set comes from (accord, avenant, arrêté, convention) and its date. */
public record LegalReference(String text, LocalDate date) {

    public LegalReference {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
    }

    @Override
    public String toString() {
        return text + " (" + FrenchDates.day(date) + ")";
    }
}
