package fr.cpts.funding.aci;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.funding.FundingRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The ACI population brackets (tranches de population) of a rule set, in ascending order, covering
 * every population from 0 without gap or overlap.
 */
public final class PopulationBrackets {

    private final List<PopulationBracket> brackets;

    private PopulationBrackets(List<PopulationBracket> brackets) {
        this.brackets = List.copyOf(brackets);
    }

    /**
     * Builds the brackets from their upper limits, lowest first; each bracket starts where the previous
     * one ends (a threshold excluded from one bracket is included in the next); the last has no upper limit.
     */
    public static PopulationBrackets fromUpperLimits(List<UpperLimit> limits) {
        List<PopulationBracket> brackets = new ArrayList<>();
        long lower = 0;
        boolean lowerIncluded = true;
        for (int i = 0; i < limits.size(); i++) {
            UpperLimit limit = limits.get(i);
            boolean last = i == limits.size() - 1;
            if (last == limit.bound().isPresent()) {
                throw new IllegalArgumentException(
                        "Tranche " + limit.code() + " : seule la dernière tranche est sans borne haute.");
            }
            if (limit.bound().isPresent() && limit.bound().getAsLong() <= lower) {
                throw new IllegalArgumentException("Tranche " + limit.code() + " : les seuils doivent croître.");
            }
            brackets.add(new PopulationBracket(
                    limit.code(), lower, lowerIncluded, limit.bound(), limit.included(), limit.source()));
            lower = limit.bound().orElse(lower);
            lowerIncluded = !limit.included();
        }
        return new PopulationBrackets(brackets);
    }

    /** The bracket of a population; a negative population is refused. */
    public PopulationBracket bracketFor(long population) {
        if (population < 0) {
            throw new FundingRefusal("La population couverte ne peut pas être négative ("
                    + FrenchNumbers.format(population) + " habitants).");
        }
        return brackets.stream()
                .filter(bracket -> bracket.contains(population))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Aucune tranche pour " + population + " habitants."));
    }

    public List<PopulationBracket> all() {
        return brackets;
    }

    /**
     * The boundary rule in one French sentence the page can show, e.g. {@code T1 : moins de 40 000 habitants ;
     * T2 : au moins 40 000 et au plus 80 000 habitants ; … Une population égale à un seuil relève de :
     * 40 000 → T2, 80 000 → T2, 175 000 → T3.}
     */
    public String reading() {
        List<String> onThreshold = brackets.stream()
                .map(PopulationBracket::upperBound)
                .filter(OptionalLong::isPresent)
                .map(bound -> FrenchNumbers.format(bound.getAsLong()) + " → "
                        + bracketFor(bound.getAsLong()).code())
                .toList();
        return "Tranches de population : "
                + String.join(
                        " ; ", brackets.stream().map(PopulationBracket::reading).toList())
                + ". Une population égale à un seuil relève de : " + String.join(", ", onThreshold) + ".";
    }

    /**
     * The upper limit of one bracket as written in a rule set: a threshold, included or not, or none for
     * the last, with the source note of the bounds.
     */
    public record UpperLimit(String code, OptionalLong bound, boolean included, String source) {}
}
