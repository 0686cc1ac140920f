package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The year a contract ends in (résiliation or non-renouvellement), settled: no payment is ordered from the end day;
 * what is due for the days the contract covered (functioning and each started mission's fixed part, pro rata of the
 * days from the year's start, or the mission's start, to the end day, not counted, over the days of the contract
 * year) is compared with what was paid before the end day: the difference is recovered from the CPTS, or paid to it,
 * on the end day. The variable part of an unfinished year is not due, no review closing it. The rule is the ACI's
 * pro-rata principle as the platform reads it (« à confirmer » against the contract's termination clause).
 */
final class EndSettlement {

    private EndSettlement() {}

    /** The year's lines as settled, or the year unchanged when it ends by the end day. */
    static ScheduleYear settle(
            ScheduleYear year,
            ContractEnd end,
            Money functioning,
            ContractTerms terms,
            MissionStarts starts,
            LocalDate signatureDate) {
        LocalDate endsOn = end.endsOn();
        if (!endsOn.isAfter(year.start()) || !endsOn.isBefore(year.end())) {
            return year;
        }
        long length = ChronoUnit.DAYS.between(year.start(), year.end());
        List<ContractPaymentLine> kept = new ArrayList<>();
        int stopped = 0;
        for (ContractPaymentLine line : year.lines()) {
            if (line.date().isBefore(endsOn)) {
                kept.add(line);
            } else {
                stopped++;
            }
        }
        String covered = " du " + FrenchDates.day(year.start()) + " au " + FrenchDates.day(endsOn.minusDays(1));
        List<Explanation> dues = new ArrayList<>();
        dues.add(prorata("Fonctionnement dû" + covered, functioning, year.start(), endsOn, length));
        for (ContractMission mission : terms.missions()) {
            LocalDate from = starts.of(mission).on();
            if (from.isBefore(endsOn)) {
                LocalDate start = from.isAfter(year.start()) ? from : year.start();
                dues.add(prorata(
                        "Part fixe due – " + mission.mission().label() + " du " + FrenchDates.day(start) + " au "
                                + FrenchDates.day(endsOn.minusDays(1)),
                        mission.fixedAmountFor(year.number()),
                        start,
                        endsOn,
                        length));
            }
        }
        Explanation due = Explanation.sum("Dû pour la période couverte – année " + year.number(), dues);
        Explanation paid = Explanation.sum(
                "Déjà versé au titre de l'année " + year.number() + " avant la fin du contrat",
                kept.stream()
                        .filter(line -> line.kind() == ContractPaymentLine.Kind.PAYMENT)
                        .map(ContractPaymentLine::explanation)
                        .toList());
        String what =
                end.describe() + " (contrat signé le " + FrenchDates.day(signatureDate) + ") – année " + year.number();
        boolean recover = paid.amount().isGreaterThan(due.amount());
        Money difference =
                recover ? paid.amount().minus(due.amount()) : due.amount().minus(paid.amount());
        Explanation settlement = Explanation.computed(
                what
                        + (recover
                                ? " : reprise au prorata des avances versées pour la période non couverte"
                                : " : solde au prorata de la période couverte"),
                difference,
                recover
                        ? paid.amount() + " − " + due.amount() + " = " + difference + " à récupérer"
                        : due.amount() + " − " + paid.amount() + " = " + difference,
                List.of(due, paid));
        kept.add(
                recover
                        ? ContractPaymentLine.of(ContractPaymentLine.Kind.RECOVERY, year.number(), endsOn, settlement)
                        : ContractPaymentLine.of(ContractPaymentLine.Kind.PAYMENT, year.number(), endsOn, settlement));
        List<String> warnings = new ArrayList<>(year.warnings());
        warnings.add(end.describe() + " : " + stopped + " versement(s) prévu(s) à partir de cette date ne sont pas "
                + "ordonnés ; la part variable de l'année n'est pas due, aucune revue ne la clôt ; règle de reprise au "
                + "prorata à confirmer avec la clause de résiliation du contrat.");
        return year.withLines(kept, warnings);
    }

    private static Explanation prorata(String label, Money yearly, LocalDate from, LocalDate endsOn, long length) {
        long days = ChronoUnit.DAYS.between(from, endsOn);
        Money due = yearly.prorata(days, length);
        return Explanation.computed(label, due, yearly + " × " + days + " / " + length + " = " + due, List.of());
    }
}
