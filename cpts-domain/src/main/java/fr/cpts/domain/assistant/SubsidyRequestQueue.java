package fr.cpts.domain.assistant;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;

/** The subsidy requests officers work on, read as lists (read port, implemented by one query in persistence). */
public interface SubsidyRequestQueue {

    /**
     * The requests their CPTS filed (drafts are the CPTS's own), of the CPTS the scope covers: those awaiting the
     * CPAM's decision first, the oldest filed first, then the decided ones, the most recent decision first.
     */
    Page<FiledSubsidyRequest> filed(AccessScope scope, PageRequest page);
}
