package fr.cpts.funding.contract;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.contract.ContractPaymentLine.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One year of a contract's schedule: its dates (from {@code start}, included, to {@code end}, the next anniversary),
 * the rule set and bracket applied, whether its yearly review is closed, the engine's warnings, and its payments by
 * date; {@code recorded} when they are the figures recorded as the review closed (the advances paid and the balance
 * of its statement), never computed again with later rule data.
 */
public record ScheduleYear(
        int number,
        LocalDate start,
        LocalDate end,
        String ruleSetName,
        String bracketCode,
        boolean reviewClosed,
        boolean crisisDeclared,
        List<String> warnings,
        List<ContractPaymentLine> lines,
        boolean recorded) {

    public ScheduleYear {
        warnings = List.copyOf(warnings);
        lines = List.copyOf(lines);
    }

    /** Last day of the year, the day before the next anniversary ({@code end}): the day a person writes as its end. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /** A closed year as its statement recorded it: the advances paid, then the balance on the anniversary. */
    static ScheduleYear recorded(PaymentStatement statement) {
        List<ContractPaymentLine> lines = new ArrayList<>();
        statement.advanceLines().forEach(line -> lines.add(ContractPaymentLine.known(statement.year(), line)));
        lines.add(ContractPaymentLine.of(
                ContractPaymentLine.Kind.PAYMENT, statement.year(), statement.balanceDate(), statement.balanceDue()));
        return new ScheduleYear(
                statement.year(),
                statement.yearStart(),
                statement.yearEnd(),
                statement.ruleSetName(),
                statement.bracketCode(),
                true,
                statement.crisisDeclared(),
                statement.warnings(),
                lines,
                true);
    }

    /** Whether {@code line} is the balance of the year's recorded statement (its last line, once recorded). */
    public boolean isStatementBalance(ContractPaymentLine line) {
        return recorded && !lines.isEmpty() && lines.get(lines.size() - 1).equals(line);
    }

    /** The same year with other lines. */
    ScheduleYear withLines(List<ContractPaymentLine> newLines, List<String> newWarnings) {
        return new ScheduleYear(
                number,
                start,
                end,
                ruleSetName,
                bracketCode,
                reviewClosed,
                crisisDeclared,
                newWarnings,
                newLines,
                recorded);
    }

    /**
     * The sum of the known payments, less what is recovered (at most what was paid: see {@link EndSettlement});
     * amounts still to confirm are left out.
     */
    public Money knownTotal() {
        return known(Kind.PAYMENT).minus(known(Kind.RECOVERY));
    }

    private Money known(Kind kind) {
        return lines.stream()
                .filter(line -> line.kind() == kind)
                .map(ContractPaymentLine::amount)
                .flatMap(Optional::stream)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The most the pending payments can add. */
    public Money pendingMaximum() {
        return lines.stream()
                .filter(ContractPaymentLine::isPending)
                .map(ContractPaymentLine::maximum)
                .reduce(Money.ZERO, Money::plus);
    }
}
