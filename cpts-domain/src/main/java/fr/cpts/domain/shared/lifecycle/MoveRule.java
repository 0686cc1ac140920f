package fr.cpts.domain.shared.lifecycle;

import fr.cpts.domain.account.Role;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a move table: the French infinitive naming the move, the only role that makes it, the states it starts
 * from, the state it leads to ({@code null} for a move that keeps the state, such as declaring one indicator), and
 * whether it must be explained.
 */
public record MoveRule<S extends Enum<S>>(String verb, Role actor, Set<S> from, S to, boolean reasonRequired) {

    public MoveRule {
        Objects.requireNonNull(verb, "verbe");
        Objects.requireNonNull(actor, "rôle");
        from = Set.copyOf(from);
        if (from.isEmpty()) {
            throw new IllegalArgumentException("Un mouvement part d'au moins un état");
        }
    }
}
