package fr.cpts.domain.worklist;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import java.time.LocalDate;
import java.util.List;

/** Read port: what waits, computed by the database from the live objects, in one statement each. */
public interface Worklists {

    /** The facts of that CPTS its porteurs' « À faire » list is made of. */
    PorteurSituation situationOf(CptsId cpts);

    /** The load of each queue of that role's panel over the scope, on that day, in {@link WorkQueue#of} order. */
    List<QueueLoad> queuesOf(Role role, AccessScope scope, LocalDate today);
}
