package fr.cpts.web.contract;

import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.MissionDeadlineFlag;
import java.util.List;

/** A CPTS's contract in a few words, for its other pages: its status (null without contract) and flagged dates. */
public record ContractSummary(ContractStatus status, List<MissionDeadlineFlag> flags) {

    public ContractSummary {
        flags = List.copyOf(flags);
    }
}
