package fr.cpts.funding;

import fr.cpts.domain.shared.DomainException;
import java.util.List;

/**
 * A funding request the rules refuse (demande refusée), with every reason written in French for the user.
 * A {@link DomainException}, so the web layer's single error mapping handles it.
 */
public class FundingRefusal extends DomainException {

    private final List<String> reasons;

    public FundingRefusal(String reason) {
        this(List.of(reason));
    }

    public FundingRefusal(List<String> reasons) {
        super(String.join(" ", reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("Un refus doit avoir au moins un motif.");
        }
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason, one sentence each. */
    public List<String> reasons() {
        return reasons;
    }
}
