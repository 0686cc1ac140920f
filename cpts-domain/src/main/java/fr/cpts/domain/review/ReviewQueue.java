package fr.cpts.domain.review;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.function.Consumer;

/** The yearly reviews officers work on, read as lists (read port, implemented by one query in persistence). */
public interface ReviewQueue {

    /**
     * The reviews their CPTS filed (drafts are the CPTS's own), of the CPTS the scope covers: those awaiting the
     * CPAM's examination first, each group oldest first.
     */
    Page<FiledReview> filed(AccessScope scope, PageRequest page);

    /**
     * The same reviews whole, in the same order, one line per indicator (in the contract's order), handed over as
     * they are read (the list's export).
     */
    void eachIndicator(AccessScope scope, Consumer<FiledReviewIndicator> consumer);
}
