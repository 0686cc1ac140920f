package fr.cpts.domain.territory;

import fr.cpts.domain.shared.DomainException;
import java.util.List;

/** A pasted list named codes that are no current commune: nothing of the list was added. */
public class UnknownCommunes extends DomainException {

    private final List<String> codes;

    public UnknownCommunes(List<String> codes) {
        super((codes.size() == 1
                        ? "Ce code n'est pas celui d'une commune actuelle : "
                        : "Ces " + codes.size() + " codes ne sont pas ceux de communes actuelles : ")
                + String.join(", ", codes) + ". Aucune commune de la liste n'a été ajoutée : corrigez ou retirez "
                + (codes.size() == 1 ? "ce code" : "ces codes") + " puis recollez la liste.");
        this.codes = List.copyOf(codes);
    }

    /** The codes refused, as typed (upper case), in the order of the list. */
    public List<String> codes() {
        return codes;
    }
}
