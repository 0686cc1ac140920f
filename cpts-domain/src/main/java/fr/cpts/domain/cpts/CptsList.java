package fr.cpts.domain.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.Map;
import java.util.function.Consumer;

/** The CPTS of a scope, read as a directory (read port, implemented by one query per call in persistence). */
public interface CptsList {

    /** The CPTS the scope covers, narrowed by the filter, by name. */
    Page<ListedCpts> listed(AccessScope scope, CptsFilter filter, PageRequest page);

    /** The same list whole, in the same order, each CPTS handed over as it is read (its exports). */
    void each(AccessScope scope, CptsFilter filter, Consumer<ListedCpts> consumer);

    /**
     * The public directory: the CPTS of France that have filed their letter of intent (an initiative not yet filed is
     * its founders' own), narrowed by the filter, by name, with the population of their territory.
     */
    Page<DirectoryEntry> publicDirectory(CptsFilter filter, PageRequest page);

    /** The same directory whole, in the same order, each CPTS handed over as it is read (its export). */
    void eachInPublicDirectory(CptsFilter filter, Consumer<DirectoryEntry> consumer);

    /** How many of those stand at each stage (every stage present, 0 when none). */
    Map<CptsStage, Long> countByStage(AccessScope scope, CptsFilter filter);

    /** The names of the current régions, by code. */
    Map<String, String> regions();
}
