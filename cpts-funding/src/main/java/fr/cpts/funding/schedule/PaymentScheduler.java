package fr.cpts.funding.schedule;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.money.Percentage;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lays out the payments of one ACI contract year (rules in the module README):
 * <ul>
 * <li>functioning: year 1 in full at signature; from year 2, the advance (75 %) at the anniversary opening
 * the year and the balance at the anniversary closing it;</li>
 * <li>fixed part of each mission: the advance on the amount due for the year, on the mission's start date
 * when it starts during the year (amount due prorated: days from the start to the next anniversary / days
 * in the contract year), on the anniversary opening the year otherwise; the balance at the anniversary
 * closing the year;</li>
 * <li>variable part: at the anniversary closing the year, after the yearly review.</li>
 * </ul>
 * An advance due on a start says whether that start is the contract's forecast or the one the CPTS reported; a
 * balance and a variable part are due at the earliest (« au plus tôt ») at the anniversary, once the review is closed.
 */
public final class PaymentScheduler {

    private final Percentage advance;
    private final Provenance advanceSource;

    /** The advance percentage and where it comes from (the rule set in force). */
    public PaymentScheduler(Percentage advance, Provenance advanceSource) {
        this.advance = Objects.requireNonNull(advance, "advance");
        this.advanceSource = Objects.requireNonNull(advanceSource, "advanceSource");
    }

    public PaymentSchedule schedule(ContractYear year, Explanation functioning, List<ScheduledMission> missions) {
        List<PaymentLine> lines = new ArrayList<>();
        String ofYear = " – année " + year.number();
        if (year.number() == 1) {
            lines.add(new PaymentLine(
                    year.start(),
                    Explanation.computed(
                            "Fonctionnement" + ofYear + " : versement intégral à la signature",
                            functioning.amount(),
                            "100 % × " + functioning.amount() + " = " + functioning.amount(),
                            List.of(functioning))));
        } else {
            addAdvanceAndBalance(lines, year, year.start(), "", "du fonctionnement" + ofYear, functioning);
        }
        for (ScheduledMission mission : missions) {
            if (mission.startDate().isBefore(year.end())) {
                boolean startsDuringYear = mission.startDate().isAfter(year.start());
                Explanation due = startsDuringYear ? prorated(year, mission) : mission.fixedPart();
                String dueOnStart =
                        startsDuringYear ? ", due au " + mission.startBasis().describe(mission.startDate()) : "";
                addAdvanceAndBalance(
                        lines,
                        year,
                        startsDuringYear ? mission.startDate() : year.start(),
                        dueOnStart,
                        "de la part fixe – " + mission.label() + ofYear,
                        due);
                lines.add(new PaymentLine(
                        year.end(),
                        Explanation.computed(
                                "Part variable – " + mission.label() + ofYear + " : " + afterReview(year),
                                mission.variablePart().amount(),
                                "",
                                List.of(mission.variablePart()))));
            }
        }
        return new PaymentSchedule(year, lines);
    }

    /** When a balance or a variable part falls due: « au plus tôt le 01/03/2026, après la revue annuelle ». */
    public static String afterReview(ContractYear year) {
        return "au plus tôt le " + FrenchDates.day(year.end()) + ", après la revue annuelle";
    }

    private void addAdvanceAndBalance(
            List<PaymentLine> lines,
            ContractYear year,
            LocalDate advanceDate,
            String dueOnStart,
            String what,
            Explanation due) {
        Money advanceAmount = due.amount().times(advance);
        Explanation advanceLine = new Explanation(
                "Avance de " + advance + " " + what + dueOnStart,
                advanceAmount,
                advance + " × " + due.amount() + " = " + advanceAmount,
                Optional.of(advanceSource),
                List.of(due));
        Money balance = due.amount().minus(advanceAmount);
        lines.add(new PaymentLine(advanceDate, advanceLine));
        lines.add(new PaymentLine(
                year.end(),
                Explanation.computed(
                        "Solde de " + advance.complement() + " " + what + " : " + afterReview(year),
                        balance,
                        due.amount() + " − " + advanceAmount + " = " + balance,
                        List.of(due, advanceLine))));
    }

    /** The fixed part due for a year the mission starts during: pro rata temporis of the days left. */
    private static Explanation prorated(ContractYear year, ScheduledMission mission) {
        long days = year.daysFrom(mission.startDate());
        long length = year.lengthInDays();
        Money due = mission.fixedPart().amount().prorata(days, length);
        return Explanation.computed(
                "Part fixe due – " + mission.label() + " : prorata du "
                        + mission.startBasis().describe(mission.startDate()) + " à l'anniversaire du "
                        + FrenchDates.day(year.end()),
                due,
                mission.fixedPart().amount() + " × " + days + " / " + length + " = " + due,
                List.of(mission.fixedPart()));
    }
}
