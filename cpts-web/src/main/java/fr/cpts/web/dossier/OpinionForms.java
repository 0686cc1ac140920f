package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** What the opinion forms send, read into the domain's types: the day an answer is expected, what it concludes. */
final class OpinionForms {

    private OpinionForms() {}

    /** The day typed in « Avis attendu avant le », empty when left blank; refused when it names no day. */
    static Optional<LocalDate> dueOn(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(FrenchDates.read(typed)
                .orElseThrow(() -> new DomainException(
                        "Date attendue pour l'avis : date illisible ; choisissez-la dans le calendrier ou écrivez-la "
                                + "au format JJ/MM/AAAA.")));
    }

    /** The verdict chosen, empty when none was; refused when it is none of the three. */
    static Optional<OpinionVerdict> verdict(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(OpinionVerdict.values())
                .filter(verdict -> verdict.name().equals(chosen))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        "Sens de l'avis : choisissez favorable, favorable avec réserves ou défavorable.")));
    }
}
