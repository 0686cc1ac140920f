package fr.cpts.domain.contract;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The ACI contracts officers list (read port, implemented by one query in persistence). */
public interface ContractList {

    /**
     * The CPTS with a contract, of the CPTS the scope covers: first those with a deadline of the contract in force
     * late on {@code today}, then those with one due within {@link DeadlineStatus#WARNING_DAYS} days, then the others;
     * by name within each.
     */
    default Page<CptsRecord> withContract(AccessScope scope, LocalDate today, PageRequest page) {
        return withContract(scope, today, Optional.empty(), page);
    }

    /**
     * As {@link #withContract(AccessScope, LocalDate, PageRequest)}, only the CPTS with a version (contract or
     * amendment) awaiting that party's signature, when one is given.
     */
    Page<CptsRecord> withContract(
            AccessScope scope, LocalDate today, Optional<ContractParty> awaitingSignatureOf, PageRequest page);

    /** The same list whole, in the same order, each CPTS handed over as it is read (its exports). */
    void eachWithContract(
            AccessScope scope,
            LocalDate today,
            Optional<ContractParty> awaitingSignatureOf,
            Consumer<CptsRecord> consumer);

    /** The CPTS whose contract in force has its earliest unmet deadline (a mission's start or deployment) that day. */
    List<CptsId> withNextDeadlineOn(LocalDate day);
}
