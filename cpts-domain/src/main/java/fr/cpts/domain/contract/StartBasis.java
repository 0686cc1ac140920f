package fr.cpts.domain.contract;

import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;

/** What a mission's start date used for payments rests on: the contract's plan, the CPTS's report, the caisse's check. */
public enum StartBasis {
    PLANNED("prévisionnel"),
    REPORTED("déclaré par la CPTS, à vérifier par la caisse"),
    CHECKED("déclaré par la CPTS et vérifié par la caisse");

    private final String label;

    StartBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** E.g. « démarrage prévisionnel le 01/03/2025 », « démarrage le 12/03/2025 (déclaré par la CPTS, …) ». */
    public String describe(LocalDate on) {
        return this == PLANNED
                ? "démarrage prévisionnel le " + FrenchDates.day(on)
                : "démarrage le " + FrenchDates.day(on) + " (" + label + ")";
    }
}
