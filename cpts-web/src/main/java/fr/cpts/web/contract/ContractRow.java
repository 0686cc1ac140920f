package fr.cpts.web.contract;

import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.MissionDeadlineFlag;
import fr.cpts.domain.cpts.CptsRecord;
import java.util.List;

/** One CPTS's contract in an officer's list, with the mission dates that need attention. */
public record ContractRow(CptsRecord cpts, AciContract contract, List<MissionDeadlineFlag> flags) {

    public ContractRow {
        flags = List.copyOf(flags);
    }

    public boolean hasOverdue() {
        return flags.stream().anyMatch(MissionDeadlineFlag::overdue);
    }
}
