package fr.cpts.domain.shared.lifecycle;

import fr.cpts.domain.account.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * A move of a state machine (a dossier's instruction, a yearly review, a subsidy request), implemented by the enum
 * that lists the machine's moves: each constant carries its row of the move table ({@link MoveRule}).
 *
 * @param <S> the machine's states
 */
public interface Move<S extends Enum<S>> {

    /** This move's row of the move table. */
    MoveRule<S> rule();

    /** French infinitive, as in « Impossible de valider ce dossier ». */
    default String verb() {
        return rule().verb();
    }

    /** « Impossible de clôturer », « Impossible d'accepter »: how a refusal of this move starts. */
    default String refusal() {
        return "Impossible " + ("aeiouyéèêh".indexOf(verb().charAt(0)) >= 0 ? "d'" : "de ") + verb();
    }

    /** The only role that may make this move. */
    default Role actor() {
        return rule().actor();
    }

    default boolean allowedFrom(S state) {
        return rule().from().contains(state);
    }

    /** The state after the move made from that state (the same one for a move that keeps the state). */
    default S to(S from) {
        return rule().to() == null ? from : rule().to();
    }

    default boolean reasonRequired() {
        return rule().reasonRequired();
    }

    /** The moves of that table someone of that role may make from that state. */
    static <M extends Enum<M> & Move<S>, S extends Enum<S>> Set<M> available(Class<M> table, S state, Role role) {
        Set<M> moves = EnumSet.noneOf(table);
        for (M move : table.getEnumConstants()) {
            if (move.actor() == role && move.allowedFrom(state)) {
                moves.add(move);
            }
        }
        return moves;
    }
}
