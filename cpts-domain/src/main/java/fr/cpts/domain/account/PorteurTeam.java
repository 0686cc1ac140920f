package fr.cpts.domain.account;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.List;
import java.util.Objects;

/**
 * The porteurs of one CPTS, who write its dossiers together. A CPTS always keeps at least one: the last porteur
 * cannot leave nor be removed.
 */
public record PorteurTeam(CptsId cpts, List<Account> porteurs) {

    public PorteurTeam {
        Objects.requireNonNull(cpts, "CPTS");
        porteurs = List.copyOf(porteurs);
    }

    /** The porteur of that login, refused when they are not one of the team; checked before removing them. */
    public Account removable(String username) {
        Account removed = porteurs.stream()
                .filter(porteur -> porteur.username().equalsIgnoreCase(username))
                .findFirst()
                .orElseThrow(() -> new DomainException("« " + username + " » n'est pas porteur de cette CPTS."));
        if (porteurs.size() == 1) {
            throw new DomainException("La CPTS garde au moins un porteur : " + removed.displayName()
                    + " est le dernier et ne peut pas quitter l'équipe. Invitez d'abord un autre porteur.");
        }
        return removed;
    }
}
