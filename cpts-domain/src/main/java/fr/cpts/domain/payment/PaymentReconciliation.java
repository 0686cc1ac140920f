package fr.cpts.domain.payment;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the ledger must change so that, line by line, its orders add up to what is due now. For each line (by key):
 * what was paid stays as paid; the first open order (due or suspended) is set to the rest still due, or cancelled
 * when nothing remains, and any other open order is cancelled; when no order is open and something remains, a new
 * order is created: a regularisation when part of the line was already paid (negative when more was paid than is now
 * due), dated on the line's due date or on {@code today} if that has passed. A line no longer due counts as zero.
 * Nothing here touches a paid order.
 */
public final class PaymentReconciliation {

    private PaymentReconciliation() {}

    /** A new order for a line, or a regularisation of it. */
    public record NewOrder(DueLine line, boolean regularisation) {}

    /** An open order recomputed: its new date, wording and amount. */
    public record Amendment(PaymentOrder order, LocalDate dueOn, String label, BigDecimal amount) {}

    /** The changes, empty when the ledger already matches. */
    public record Changes(List<NewOrder> created, List<Amendment> amended, List<PaymentOrder> cancelled) {

        public Changes {
            created = List.copyOf(created);
            amended = List.copyOf(amended);
            cancelled = List.copyOf(cancelled);
        }

        public boolean none() {
            return created.isEmpty() && amended.isEmpty() && cancelled.isEmpty();
        }

        /** The regularisations among the new orders. */
        public List<NewOrder> regularisations() {
            return created.stream().filter(NewOrder::regularisation).toList();
        }
    }

    /** The changes that bring {@code orders} (one beneficiary's whole ledger) to {@code due}. */
    public static Changes of(List<PaymentOrder> orders, List<DueLine> due, LocalDate today) {
        Map<String, DueLine> dueByKey = new LinkedHashMap<>();
        due.stream().filter(line -> line.amount().signum() != 0).forEach(line -> {
            if (dueByKey.putIfAbsent(line.key(), line) != null) {
                throw new IllegalArgumentException("Deux lignes dues portent la même clé : " + line.key());
            }
        });
        Map<String, List<PaymentOrder>> ordersByKey = new LinkedHashMap<>();
        orders.stream()
                .filter(order -> order.state() != PaymentOrderState.CANCELLED)
                .sorted(Comparator.comparingLong(PaymentOrder::id))
                .forEach(order -> ordersByKey
                        .computeIfAbsent(order.key(), key -> new ArrayList<>())
                        .add(order));
        Set<String> keys = new LinkedHashSet<>(dueByKey.keySet());
        keys.addAll(ordersByKey.keySet());

        List<NewOrder> created = new ArrayList<>();
        List<Amendment> amended = new ArrayList<>();
        List<PaymentOrder> cancelled = new ArrayList<>();
        for (String key : keys) {
            DueLine line = dueByKey.get(key);
            List<PaymentOrder> ofLine = ordersByKey.getOrDefault(key, List.of());
            BigDecimal expected = line == null ? BigDecimal.ZERO.setScale(2) : line.amount();
            List<PaymentOrder> paid = ofLine.stream()
                    .filter(order -> order.state() == PaymentOrderState.PAID)
                    .toList();
            BigDecimal paidTotal = paid.stream().map(PaymentOrder::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rest = expected.subtract(paidTotal);
            List<PaymentOrder> open =
                    ofLine.stream().filter(order -> order.state().open()).toList();
            DueLine wording = line != null ? line : asLine(ofLine.get(0));
            if (open.isEmpty()) {
                if (rest.signum() != 0) {
                    created.add(
                            paid.isEmpty()
                                    ? new NewOrder(wording, false)
                                    : new NewOrder(regularisation(wording, expected, paidTotal, rest, today), true));
                }
                continue;
            }
            PaymentOrder first = open.get(0);
            if (rest.signum() == 0) {
                cancelled.add(first);
            } else {
                DueLine target = first.regularisation()
                        ? regularisation(wording, expected, paidTotal, rest, today)
                        : withAmount(wording, rest);
                if (first.amount().compareTo(target.amount()) != 0
                        || !first.dueOn().equals(target.dueOn())
                        || !first.label().equals(target.label())) {
                    amended.add(new Amendment(first, target.dueOn(), target.label(), target.amount()));
                }
            }
            cancelled.addAll(open.subList(1, open.size()));
        }
        return new Changes(created, amended, cancelled);
    }

    private static DueLine regularisation(
            DueLine line, BigDecimal expected, BigDecimal paid, BigDecimal rest, LocalDate today) {
        LocalDate dueOn = line.dueOn().isBefore(today) ? today : line.dueOn();
        String label = "Régularisation – " + baseLabel(line.label()) + " : " + euros(expected) + " dus, "
                + euros(paid) + " déjà payés" + (rest.signum() < 0 ? ", " + euros(rest.negate()) + " à récupérer" : "")
                + " (échéance initiale du " + FrenchDates.day(line.dueOn()) + ")";
        return new DueLine(
                line.key(),
                line.source(),
                line.subsidyRequest(),
                line.contractYear(),
                dueOn,
                label,
                line.beneficiary(),
                rest);
    }

    private static DueLine withAmount(DueLine line, BigDecimal amount) {
        return new DueLine(
                line.key(),
                line.source(),
                line.subsidyRequest(),
                line.contractYear(),
                line.dueOn(),
                line.label(),
                line.beneficiary(),
                amount);
    }

    private static DueLine asLine(PaymentOrder order) {
        return new DueLine(
                order.key(),
                order.source(),
                order.subsidyRequest(),
                order.contractYear(),
                order.dueOn(),
                baseLabel(order.label()),
                order.beneficiary(),
                order.amount());
    }

    /** A regularisation's wording names the line it regularises, never a regularisation of a regularisation. */
    private static String baseLabel(String label) {
        if (!label.startsWith("Régularisation – ")) {
            return label;
        }
        String inner = label.substring("Régularisation – ".length());
        int colon = inner.lastIndexOf(" : ");
        return colon < 0 ? inner : inner.substring(0, colon);
    }

    private static String euros(BigDecimal amount) {
        return FrenchNumbers.format(Objects.requireNonNull(amount)) + " €";
    }
}
