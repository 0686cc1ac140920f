package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;

import java.util.Objects;

/** Who did something on a dossier, as the timeline shows it: login, name and role at the time. */
public record Actor(String username, String displayName, Role role) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("L'auteur d'une action doit être identifié");
        }
        Objects.requireNonNull(displayName, "nom");
        Objects.requireNonNull(role, "rôle");
    }

    public static Actor of(Account account) {
        return new Actor(account.username(), account.displayName(), account.role());
    }
}
