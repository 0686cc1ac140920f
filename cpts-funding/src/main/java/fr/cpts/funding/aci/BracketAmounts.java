package fr.cpts.funding.aci;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The yearly amounts of one bracket in an ACI rule set: the functioning amount (financement du
 * fonctionnement), the missions maximum (montant maximal des missions) and the total possible
 * (financement annuel total possible), each possibly unknown; and, when the rule set provides one, the lump sum
 * paid once the letter of intent is validated (forfait à la validation de la lettre d'intention, avenant 2).
 */
public record BracketAmounts(
        String bracketCode,
        Parameter<Money> functioning,
        Parameter<Money> missionsMaximum,
        Parameter<Money> totalMaximum,
        Optional<Parameter<Money>> letterOfIntentLumpSum) {

    /** A bracket without a letter-of-intent lump sum (the ACI of 2019). */
    public BracketAmounts(
            String bracketCode,
            Parameter<Money> functioning,
            Parameter<Money> missionsMaximum,
            Parameter<Money> totalMaximum) {
        this(bracketCode, functioning, missionsMaximum, totalMaximum, Optional.empty());
    }

    public BracketAmounts {
        Objects.requireNonNull(bracketCode, "bracketCode");
        Objects.requireNonNull(functioning, "functioning");
        Objects.requireNonNull(missionsMaximum, "missionsMaximum");
        Objects.requireNonNull(totalMaximum, "totalMaximum");
        Objects.requireNonNull(letterOfIntentLumpSum, "letterOfIntentLumpSum");
    }

    /**
     * False when all three amounts are known and functioning + missions maximum differs from the total
     * possible, as in the 2019 seed's T4 row (90 000 + 340 000 ≠ 450 000).
     */
    public boolean isConsistent() {
        return inconsistency().isEmpty();
    }

    /** Warnings for an administrator: each unknown amount, and the contradiction if any. */
    List<String> warnings(String ruleSetName) {
        List<String> warnings = new ArrayList<>();
        for (Parameter<Money> parameter : List.of(functioning, missionsMaximum, totalMaximum)) {
            if (!parameter.isKnown()) {
                warnings.add("Tranche " + bracketCode + " de « " + ruleSetName + " » : " + parameter.name()
                        + " inconnu (" + parameter.source() + ") ; à renseigner par un administrateur.");
            }
        }
        letterOfIntentLumpSum
                .filter(lumpSum -> lumpSum.isKnown() && !lumpSum.confirmed())
                .ifPresent(lumpSum -> warnings.add("Tranche " + bracketCode + " de « " + ruleSetName + " » : "
                        + lumpSum.name() + " à confirmer, les sources divergent (" + lumpSum.source() + ") ; la "
                        + "valeur retenue n'est pas montrée au public, à vérifier par un administrateur."));
        inconsistency()
                .ifPresent(sum -> warnings.add("Tranche " + bracketCode + " de « " + ruleSetName + " » : "
                        + "fonctionnement " + functioning.value().orElseThrow() + " + plafond des missions "
                        + missionsMaximum.value().orElseThrow() + " = " + sum + ", différent du total possible "
                        + totalMaximum.value().orElseThrow() + ". Les deux montants sont conservés tels que publiés ; "
                        + "seul le total possible est opposé aux contrats, le dépassement du plafond des missions "
                        + "ne donne qu'un avertissement."));
        return warnings;
    }

    /** Functioning + missions maximum, when it contradicts the known total possible. */
    private Optional<Money> inconsistency() {
        if (!functioning.isKnown() || !missionsMaximum.isKnown() || !totalMaximum.isKnown()) {
            return Optional.empty();
        }
        Money sum =
                functioning.value().orElseThrow().plus(missionsMaximum.value().orElseThrow());
        return sum.compareTo(totalMaximum.value().orElseThrow()) == 0 ? Optional.empty() : Optional.of(sum);
    }
}
