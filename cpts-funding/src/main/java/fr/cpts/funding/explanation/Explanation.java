package fr.cpts.funding.explanation;

import fr.cpts.domain.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an amount was obtained: a label, the amount, the arithmetic written out in French
 * (e.g. {@code 75 % × 90 000,00 € = 67 500,00 €}), where its inputs come from, and the lines it is made of.
 */
public record Explanation(
        String label, Money amount, String arithmetic, Optional<Provenance> provenance, List<Explanation> details) {

    public Explanation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(arithmetic, "arithmetic");
        Objects.requireNonNull(provenance, "provenance");
        details = List.copyOf(details);
    }

    /** A value read from a rule set or a contract. */
    public static Explanation sourced(String label, Money amount, Provenance provenance) {
        return new Explanation(label, amount, "", Optional.of(provenance), List.of());
    }

    /** A value computed from other explained values. */
    public static Explanation computed(String label, Money amount, String arithmetic, List<Explanation> details) {
        return new Explanation(label, amount, arithmetic, Optional.empty(), details);
    }

    /** A sum of explained values, with the addition written out. */
    public static Explanation sum(String label, List<Explanation> parts) {
        Money total = parts.stream().map(Explanation::amount).reduce(Money.ZERO, Money::plus);
        String arithmetic = parts.isEmpty()
                ? "aucun élément = " + total
                : String.join(
                                " + ",
                                parts.stream()
                                        .map(part -> part.amount().toString())
                                        .toList()) + " = " + total;
        return computed(label, total, arithmetic, parts);
    }

    /** The tree as indented text, one line per node. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        appendTo(text, 0);
        return text.toString();
    }

    private void appendTo(StringBuilder text, int depth) {
        text.append("  ".repeat(depth)).append(label).append(" : ").append(amount);
        if (!arithmetic.isEmpty()) {
            text.append(" [").append(arithmetic).append(']');
        }
        provenance.ifPresent(source -> text.append(" — ").append(source));
        text.append('\n');
        details.forEach(detail -> detail.appendTo(text, depth + 1));
    }
}
