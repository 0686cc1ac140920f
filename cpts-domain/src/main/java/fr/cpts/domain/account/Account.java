package fr.cpts.domain.account;

import fr.cpts.domain.territory.DepartementCode;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: their login, name, role and the scope that role is bound to
 * (a porteur to their CPTS, or to none until they create or join one, an ARS officer to a région, a CPAM officer to départements), and whether an administrator
 * disabled the account (it then cannot sign in), and whether an ARS officer is their région's référent (who opens,
 * disables and enables the officer accounts of that région).
 */
public record Account(
        String username,
        String displayName,
        String passwordHash,
        Role role,
        AccessScope scope,
        boolean disabled,
        boolean referent)
        implements Serializable {

    /** An account in use. */
    public Account(String username, String displayName, String passwordHash, Role role, AccessScope scope) {
        this(username, displayName, passwordHash, role, scope, false, false);
    }

    /** An account, in use or disabled, of no référent. */
    public Account(
            String username, String displayName, String passwordHash, Role role, AccessScope scope, boolean disabled) {
        this(username, displayName, passwordHash, role, scope, disabled, false);
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
        if (referent && role != Role.ARS_OFFICER) {
            throw new IllegalArgumentException("Seul un agent de l'ARS est référent de sa région");
        }
    }

    /**
     * Whether this person may open, disable or enable the account of an officer of that scope: an administrator,
     * any officer's; the ARS référent of a région, the ARS officers of that région and the CPAM officers whose every
     * département lies in it ({@code ownDepartements}, the départements of the référent's région).
     */
    public boolean managesOfficer(AccessScope officer, Set<DepartementCode> ownDepartements) {
        if (role == Role.ADMINISTRATOR) {
            return true;
        }
        if (!referent || disabled || !(scope instanceof AccessScope.Region own)) {
            return false;
        }
        if (officer instanceof AccessScope.Region region) {
            return region.equals(own);
        }
        return officer instanceof AccessScope.Departements covered
                && ownDepartements.containsAll(covered.departements());
    }

    /** The same account without its password hash, for keeping in a session once the password is checked. */
    public Account withoutPassword() {
        return new Account(username, displayName, "", role, scope, disabled, referent);
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
