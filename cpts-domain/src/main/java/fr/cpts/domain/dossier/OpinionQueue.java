package fr.cpts.domain.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.function.Consumer;

/** The opinions asked of a body, read as lists (read port, implemented by one query in persistence). */
public interface OpinionQueue {

    /** The opinions asked of that body on dossiers of the CPTS the scope covers: unanswered first, oldest first. */
    Page<AskedOpinion> askedOf(OpinionBody body, AccessScope scope, PageRequest page);

    /** The same list whole, in the same order, each opinion handed over as it is read (its exports). */
    void eachAskedOf(OpinionBody body, AccessScope scope, Consumer<AskedOpinion> consumer);
}
