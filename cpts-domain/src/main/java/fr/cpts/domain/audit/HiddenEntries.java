package fr.cpts.domain.audit;

import fr.cpts.domain.account.Role;
import java.util.List;
import java.util.Set;

/**
 * The entries of a journal a reader is not shown, because they may not see elsewhere what those entries tell (for
 * instance a porteur's drafts, for an officer). Each rule leaves out the entries that match all of its sets: an actor
 * of one of its roles, on one of its entities, with one of its actions (an empty set matches everything), unless the
 * same entity has an entry with one of its {@code shownOnceEntityHas} actions (for instance once the draft is filed).
 */
public record HiddenEntries(List<Rule> rules) {

    /** Nothing hidden: the whole journal. */
    public static final HiddenEntries NONE = new HiddenEntries(List.of());

    public HiddenEntries {
        rules = List.copyOf(rules);
    }

    /** One kind of entry left out. */
    public record Rule(
            Set<Role> actorRoles, Set<String> entityTypes, Set<String> actions, Set<String> shownOnceEntityHas) {

        public Rule {
            actorRoles = Set.copyOf(actorRoles);
            entityTypes = Set.copyOf(entityTypes);
            actions = Set.copyOf(actions);
            shownOnceEntityHas = Set.copyOf(shownOnceEntityHas);
        }
    }
}
