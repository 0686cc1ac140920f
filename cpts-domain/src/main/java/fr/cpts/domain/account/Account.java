package fr.cpts.domain.account;

import java.io.Serializable;
import java.util.Objects;

/**
 * A person who signs in: their login, name, role and the scope that role is bound to
 * (a porteur to their CPTS, or to none until they create or join one, an ARS officer to a région, a CPAM officer to départements), and whether an administrator
 * disabled the account (it then cannot sign in).
 */
public record Account(
        String username, String displayName, String passwordHash, Role role, AccessScope scope, boolean disabled)
        implements Serializable {

    /** An account in use. */
    public Account(String username, String displayName, String passwordHash, Role role, AccessScope scope) {
        this(username, displayName, passwordHash, role, scope, false);
    }

    public Account {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("L'identifiant est obligatoire");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("Le nom affiché est obligatoire");
        }
        Objects.requireNonNull(passwordHash, "mot de passe");
        Objects.requireNonNull(role, "rôle");
        Objects.requireNonNull(scope, "périmètre");
        if (!fits(role, scope)) {
            throw new IllegalArgumentException(
                    "Le rôle « " + role.label() + " » ne peut pas avoir pour périmètre " + scope.describe());
        }
    }

    /** The same account without its password hash, for keeping in a session once the password is checked. */
    public Account withoutPassword() {
        return new Account(username, displayName, "", role, scope, disabled);
    }

    private static boolean fits(Role role, AccessScope scope) {
        return switch (role) {
            case PORTEUR -> scope instanceof AccessScope.OwnCpts || scope instanceof AccessScope.NoCpts;
            case ARS_OFFICER -> scope instanceof AccessScope.Region;
            case CPAM_OFFICER -> scope instanceof AccessScope.Departements;
            case ADMINISTRATOR -> scope instanceof AccessScope.Platform;
        };
    }
}
