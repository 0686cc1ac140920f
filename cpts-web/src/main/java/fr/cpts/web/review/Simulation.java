package fr.cpts.web.review;

import fr.cpts.funding.contract.PaymentStatement;
import java.util.List;

/** A what-if on an open review: the values typed, indicator by indicator, and the payment they would give. */
public record Simulation(List<String> entered, PaymentStatement statement) {

    public Simulation {
        entered = List.copyOf(entered);
    }

    /** What was typed for the indicator at that position. */
    public String entered(int index) {
        return index < entered.size() ? entered.get(index) : "";
    }
}
