package fr.cpts.domain.worklist;

import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.worklist.PorteurSituation.ContractFacts;
import fr.cpts.domain.worklist.PorteurSituation.DossierFacts;
import fr.cpts.domain.worklist.PorteurSituation.PendingVersion;
import fr.cpts.domain.worklist.PorteurSituation.ReviewFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The porteur's « À faire » list, computed from its CPTS's situation on a day: what the CPTS has to do first (the
 * late ones first, then by day), then what it waits for from the ARS or the CPAM.
 */
public final class PorteurTodo {

    /** A mission date this close (in days) is announced before it passes. */
    public static final int DUE_SOON_DAYS = 30;

    private static final Set<DossierState> WITH_ARS = Set.of(DossierState.SUBMITTED, DossierState.UNDER_INSTRUCTION);

    private static final Comparator<TodoItem> ORDER = Comparator.comparing(
                    (TodoItem item) -> !item.kind().forTheCpts())
            .thenComparing(item -> !item.late())
            .thenComparing(item -> item.on().orElse(LocalDate.MAX));

    private PorteurTodo() {}

    public static List<TodoItem> of(PorteurSituation situation, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        dossiers(situation.dossiers(), items);
        if (situation.contract().isEmpty()) {
            of(situation.dossiers(), DossierKind.PROJET_SANTE)
                    .filter(project -> project.state() == DossierState.VALIDATED)
                    .ifPresent(validated ->
                            items.add(TodoItem.of(TodoKind.CONTRACT_TO_PREPARE, validated.inStateSince(), 1)));
        }
        situation.contract().ifPresent(contract -> contract(contract, today, items));
        reviews(situation, today, items);
        situation
                .balances()
                .forEach(balance -> items.add(new TodoItem(
                        TodoKind.BALANCE_DUE,
                        Optional.of(balance.dueOn()),
                        balance.dueOn().isBefore(today),
                        Optional.empty(),
                        balance.year(),
                        Optional.of(balance.amount()),
                        List.of(),
                        Optional.empty())));
        situation
                .subsidyDrafts()
                .ifPresent(drafts ->
                        items.add(TodoItem.of(TodoKind.SUBSIDY_REQUEST_TO_FILE, drafts.oldestOn(), drafts.count())));
        items.sort(ORDER);
        return List.copyOf(items);
    }

    /**
     * The contract year today falls in (1 to 5, the first starting on the signature day), while the contract is in
     * force; empty before its signature, after its fifth year or once it ended.
     */
    public static OptionalInt contractYear(PorteurSituation situation, LocalDate today) {
        Optional<ContractFacts> contract = situation.contract();
        if (contract.isEmpty() || contract.get().signedOn().isEmpty()) {
            return OptionalInt.empty();
        }
        if (contract.get().endedOn().filter(ended -> !today.isBefore(ended)).isPresent()) {
            return OptionalInt.empty();
        }
        LocalDate signedOn = contract.get().signedOn().get();
        for (int year = 1; year <= YearlyReview.CONTRACT_YEARS; year++) {
            if (today.isBefore(signedOn.plusYears(year))) {
                return today.isBefore(signedOn) ? OptionalInt.empty() : OptionalInt.of(year);
            }
        }
        return OptionalInt.empty();
    }

    private static void dossiers(List<DossierFacts> dossiers, List<TodoItem> items) {
        Optional<DossierFacts> letter = of(dossiers, DossierKind.LETTRE_INTENTION);
        if (letter.isEmpty()) {
            items.add(TodoItem.about(DossierKind.LETTRE_INTENTION, TodoKind.DOSSIER_TO_START, null));
        }
        letter.filter(facts -> facts.state() == DossierState.VALIDATED)
                .filter(validated -> of(dossiers, DossierKind.PROJET_SANTE).isEmpty())
                .ifPresent(validated -> items.add(
                        TodoItem.about(DossierKind.PROJET_SANTE, TodoKind.DOSSIER_TO_START, validated.inStateSince())));
        for (DossierFacts dossier : dossiers) {
            switch (dossier.state()) {
                case DRAFT ->
                    items.add(TodoItem.about(dossier.kind(), TodoKind.DOSSIER_TO_FILE, dossier.inStateSince()));
                case CORRECTIONS_REQUESTED ->
                    items.add(TodoItem.about(
                            dossier.kind(), TodoKind.DOSSIER_TO_CORRECT, dossier.inStateSince(), dossier.reason()));
                case SUBMITTED ->
                    items.add(TodoItem.about(dossier.kind(), TodoKind.DOSSIER_FILED, dossier.inStateSince()));
                case UNDER_INSTRUCTION ->
                    items.add(TodoItem.about(dossier.kind(), TodoKind.DOSSIER_WITH_ARS, dossier.inStateSince()));
                default -> {
                    // decided: nothing more to do on it
                }
            }
            boolean open = WITH_ARS.contains(dossier.state()) || dossier.state() == DossierState.CORRECTIONS_REQUESTED;
            dossier.unansweredArsMessageOn()
                    .filter(day -> open)
                    .ifPresent(day -> items.add(TodoItem.about(dossier.kind(), TodoKind.MESSAGE_TO_ANSWER, day)));
        }
    }

    private static Optional<DossierFacts> of(List<DossierFacts> dossiers, DossierKind kind) {
        return dossiers.stream().filter(dossier -> dossier.kind() == kind).findFirst();
    }

    private static void contract(ContractFacts contract, LocalDate today, List<TodoItem> items) {
        contract.pending().ifPresent(pending -> items.add(signature(pending)));
        boolean inForce = contract.signedOn().isPresent()
                && contract.endedOn().filter(ended -> !today.isBefore(ended)).isEmpty();
        contract.nextUnmetDeadline().filter(deadline -> inForce).ifPresent(deadline -> {
            if (deadline.isBefore(today)) {
                items.add(new TodoItem(
                        TodoKind.MISSIONS_LATE,
                        Optional.of(deadline),
                        true,
                        Optional.empty(),
                        0,
                        Optional.empty(),
                        List.of(),
                        Optional.empty()));
            } else if (!deadline.isAfter(today.plusDays(DUE_SOON_DAYS))) {
                items.add(TodoItem.of(TodoKind.MISSIONS_DUE_SOON, deadline, 0));
            }
        });
    }

    private static TodoItem signature(PendingVersion pending) {
        List<ContractParty> missing = Arrays.stream(ContractParty.values())
                .filter(party -> !pending.signed().contains(party))
                .collect(Collectors.toList());
        TodoKind kind = missing.contains(ContractParty.CPTS)
                ? TodoKind.CONTRACT_TO_SIGN
                : TodoKind.CONTRACT_AWAITING_SIGNATURES;
        return new TodoItem(
                kind,
                pending.lastSignedOn(),
                false,
                Optional.empty(),
                pending.version(),
                Optional.empty(),
                missing,
                Optional.empty());
    }

    private static void reviews(PorteurSituation situation, LocalDate today, List<TodoItem> items) {
        for (ReviewFacts review : situation.reviews()) {
            switch (review.state()) {
                case DRAFT -> items.add(TodoItem.of(TodoKind.REVIEW_TO_DECLARE, review.inStateSince(), review.year()));
                case CORRECTIONS_REQUESTED ->
                    items.add(TodoItem.of(TodoKind.REVIEW_TO_CORRECT, review.inStateSince(), review.year()));
                case SUBMITTED ->
                    items.add(TodoItem.of(TodoKind.REVIEW_WITH_CPAM, review.inStateSince(), review.year()));
                case CLOSED -> {
                    // its balance, if any, is listed apart
                }
            }
        }
        OptionalInt current = contractYear(situation, today);
        if (current.isEmpty()) {
            return;
        }
        LocalDate signedOn = situation.contract().orElseThrow().signedOn().orElseThrow();
        for (int year = 1; year <= current.getAsInt(); year++) {
            int contractYear = year;
            if (situation.reviews().stream().noneMatch(review -> review.year() == contractYear)) {
                items.add(TodoItem.of(TodoKind.REVIEW_TO_OPEN, signedOn.plusYears(year - 1L), year));
            }
        }
    }
}
