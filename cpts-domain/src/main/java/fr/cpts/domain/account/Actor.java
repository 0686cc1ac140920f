package fr.cpts.domain.account;

import java.util.Objects;

/** Who did something (on a dossier, a contract, a review), as timelines show it: login, name and role at the time. */
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
