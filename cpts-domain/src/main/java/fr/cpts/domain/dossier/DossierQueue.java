package fr.cpts.domain.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The dossiers the ARS instructs, read as lists (read port, implemented by one query in persistence). */
public interface DossierQueue {

    /**
     * The filed dossiers (drafts are the CPTS's own) of the CPTS the scope covers, narrowed by the filter: those
     * awaiting a decision first, then the decided ones, each group oldest first.
     */
    Page<QueuedDossier> filed(AccessScope scope, Filter filter, PageRequest page);

    /** The same list whole, in the same order, each dossier handed over as it is read (its exports). */
    void eachFiled(AccessScope scope, Filter filter, Consumer<QueuedDossier> consumer);

    /** The départements of the CPTS the scope covers, in code order, for the list's filter. */
    List<DepartementCode> departements(AccessScope scope);

    /**
     * What narrows the queue: what the ARS has to do with the dossiers, a state, a département, and a latest date to
     * have entered the state (the dossiers standing in their state since at least N days); each null for no
     * narrowing. {@code sortIndicator}, when given, orders the list by that indicator of the territory's diagnostic
     * frozen at filing, highest first (the dossiers without it last), instead of oldest first.
     */
    record Filter(
            Need need,
            DossierState state,
            DepartementCode departement,
            Instant inStateNoLaterThan,
            String sortIndicator) {

        public Filter(Need need, DossierState state, DepartementCode departement, Instant inStateNoLaterThan) {
            this(need, state, departement, inStateNoLaterThan, null);
        }
    }

    /** What the ARS has to do with a dossier of the queue. */
    enum Need {
        /** Decide it: filed, or under instruction. */
        DECISION,
        /** Read the porteur's answer: the last message of a dossier not decided is the porteur's. */
        ANSWER_READING
    }
}
