package fr.cpts.web.review;

import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import java.util.List;
import java.util.Optional;

/** The porteur's CPTS, its contract in force if any, and the reviews of its five years. */
public record ContractYears(CptsRecord cpts, Optional<SignedContract> contract, List<ReviewYearRow> years) {

    public ContractYears {
        years = List.copyOf(years);
    }
}
