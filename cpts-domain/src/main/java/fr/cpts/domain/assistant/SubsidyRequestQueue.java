package fr.cpts.domain.assistant;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.function.Consumer;

/** The subsidy requests officers work on and a CPTS writes, read as lists (read port, implemented by one query in persistence). */
public interface SubsidyRequestQueue {

    /**
     * The requests their CPTS filed (drafts are the CPTS's own), of the CPTS the scope covers: those awaiting the
     * CPAM's decision first, the oldest filed first, then the decided ones, the most recent decision first.
     */
    Page<ListedSubsidyRequest> filed(AccessScope scope, PageRequest page);

    /** The same list whole, in the same order, each request handed over as it is read (its exports). */
    void eachFiled(AccessScope scope, Consumer<ListedSubsidyRequest> consumer);

    /** Every request of that CPTS, drafts included, the most recently created first. */
    Page<ListedSubsidyRequest> ofCpts(CptsId cpts, PageRequest page);
}
