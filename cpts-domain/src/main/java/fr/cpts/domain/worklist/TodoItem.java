package fr.cpts.domain.worklist;

import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.dossier.DossierKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One line of the porteur's « À faire » list.
 *
 * @param kind    what is asked
 * @param on      its day: since when it waits, or when it is due ({@link #late} when that day is past); empty when
 *                no day is known
 * @param late    a due day passed
 * @param dossier the dossier it is about, for the dossier lines
 * @param number  the contract year (reviews, balances), the contract version (signatures) or how many (drafts)
 * @param amount  the amount, for a balance
 * @param parties the parties whose signature is awaited
 * @param reason  the reason the ARS gave, for a dossier sent back for corrections
 */
public record TodoItem(
        TodoKind kind,
        Optional<LocalDate> on,
        boolean late,
        Optional<DossierKind> dossier,
        long number,
        Optional<BigDecimal> amount,
        List<ContractParty> parties,
        Optional<String> reason) {

    public TodoItem {
        parties = List.copyOf(parties);
    }

    static TodoItem of(TodoKind kind, LocalDate on, long number) {
        return new TodoItem(
                kind,
                Optional.ofNullable(on),
                false,
                Optional.empty(),
                number,
                Optional.empty(),
                List.of(),
                Optional.empty());
    }

    static TodoItem about(DossierKind dossier, TodoKind kind, LocalDate on) {
        return about(dossier, kind, on, Optional.empty());
    }

    static TodoItem about(DossierKind dossier, TodoKind kind, LocalDate on, Optional<String> reason) {
        return new TodoItem(
                kind, Optional.ofNullable(on), false, Optional.of(dossier), 0, Optional.empty(), List.of(), reason);
    }

    /** For a signature line: whether it is about an amendment rather than the contract itself. */
    public boolean amendment() {
        return number > 1;
    }
}
