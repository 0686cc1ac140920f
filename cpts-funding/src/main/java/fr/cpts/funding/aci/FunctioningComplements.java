package fr.cpts.funding.aci;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSet;
import fr.cpts.funding.ruleset.RuleSets;
import fr.cpts.funding.schedule.ContractYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The functioning complements the rule sets owe one contract (see {@link AciSimulator#functioningComplements}). */
final class FunctioningComplements {

    private FunctioningComplements() {}

    static List<FunctioningComplement> of(RuleSets<AciParameters> ruleSets, AciContract contract, int years) {
        List<FunctioningComplement> complements = new ArrayList<>();
        for (RuleSet<AciParameters> later : ruleSets.all()) {
            Optional<Parameter<LocalDate>> signedBy = later.parameters().complementForContractsSignedBy();
            if (signedBy.isEmpty()
                    || contract.signatureDate().isAfter(later.require(signedBy.get(), "La date limite de signature"))) {
                continue;
            }
            PopulationBracket laterBracket = later.parameters().brackets().bracketFor(contract.population());
            Explanation owed = later.explain(
                    later.parameters().amountsOf(laterBracket).functioning(),
                    "Fonctionnement revalorisé – tranche " + laterBracket.code());
            for (int number = 1; number <= years; number++) {
                ContractYear year = new ContractYear(contract.signatureDate(), number);
                if (!year.start().isBefore(later.period().from())) {
                    break;
                }
                RuleSet<AciParameters> paid = ruleSets.applicableOn(year.start());
                PopulationBracket bracket = paid.parameters().brackets().bracketFor(contract.population());
                Explanation paidAmount = paid.explain(
                        paid.parameters().amountsOf(bracket).functioning(),
                        "Fonctionnement versé – tranche " + bracket.code());
                if (owed.amount().isGreaterThan(paidAmount.amount())) {
                    complements.add(complement(later, signedBy.get(), number, owed, paidAmount));
                }
            }
        }
        return List.copyOf(complements);
    }

    private static FunctioningComplement complement(
            RuleSet<AciParameters> later, Parameter<LocalDate> signedBy, int year, Explanation owed, Explanation paid) {
        Money difference = owed.amount().minus(paid.amount());
        return new FunctioningComplement(
                year,
                later.period().from(),
                signedBy.confirmed(),
                Explanation.computed(
                        "Complément de fonctionnement « " + later.name() + " » – année " + year
                                + (signedBy.confirmed() ? "" : " (à confirmer)"),
                        difference,
                        owed.amount() + " − " + paid.amount() + " = " + difference + " ; " + signedBy.source(),
                        List.of(owed, paid)));
    }
}
