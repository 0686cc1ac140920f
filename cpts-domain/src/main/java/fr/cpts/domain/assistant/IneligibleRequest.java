package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;
import java.util.List;

/** The request cannot be filed (or accepted): the doctor fails eligibility criteria, each listed in French. */
public class IneligibleRequest extends DomainException {

    private final List<String> failedCriteria;

    public IneligibleRequest(SubsidyRequestMove move, List<String> failedCriteria) {
        super(move.refusal() + " cette demande : le médecin ne remplit pas "
                + (failedCriteria.size() == 1 ? "un critère" : failedCriteria.size() + " critères")
                + " d'éligibilité. " + String.join(" ", failedCriteria));
        this.failedCriteria = List.copyOf(failedCriteria);
    }

    public List<String> failedCriteria() {
        return failedCriteria;
    }
}
