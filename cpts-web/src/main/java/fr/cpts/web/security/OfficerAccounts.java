package fr.cpts.web.security;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.EmailAddress;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.Region;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.account.UnusablePasswords;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator opens the account of an ARS officer (for a région) or a CPAM officer (for départements): the
 * account, its mail address and its journal entry are written together, and the officer is mailed a link to choose
 * their password; an administrator never sees nor sets it. Each refusal names its field.
 */
@Service
@Transactional
class OfficerAccounts {

    private final Accounts accounts;
    private final Communes communes;
    private final PasswordReset invitations;
    private final Audit audit;
    private final OpenSessions sessions;

    OfficerAccounts(
            Accounts accounts, Communes communes, PasswordReset invitations, Audit audit, OpenSessions sessions) {
        this.accounts = accounts;
        this.communes = communes;
        this.invitations = invitations;
        this.audit = audit;
        this.sessions = sessions;
    }

    /** What the administrator typed in the form. */
    record NewOfficer(
            String username, String displayName, String email, String role, String region, String departements) {}

    /** Opens an officer's account, by an administrator or by the ARS référent of the officer's région. */
    Account open(Account administrator, NewOfficer typed, String baseUrl) {
        if (administrator.role() != Role.ADMINISTRATOR && !administrator.referent()) {
            throw new DomainException("Seul un administrateur ou le référent de l'ARS ouvre un compte d'agent.");
        }
        String username = text(typed.username()).toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            throw new DomainException("Identifiant : 3 à 100 caractères, lettres sans accent, chiffres, points, tirets "
                    + "ou soulignés, par exemple « jdupont ».");
        }
        String name = text(typed.displayName());
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("Nom : il est obligatoire, en 200 caractères au plus.");
        }
        String email = text(typed.email());
        if (!EmailAddress.isValid(email)) {
            throw new DomainException(
                    "Adresse électronique : écrivez une adresse valide, par exemple " + "prenom.nom@ars.sante.fr.");
        }
        AccessScope scope = scope(text(typed.role()), text(typed.region()), text(typed.departements()));
        if (!manages(administrator, scope)) {
            throw new DomainException("Périmètre : en tant que référent, vous ouvrez les comptes des agents de votre "
                    + "région seulement (" + administrator.scope().describe() + ").");
        }
        if (accounts.byUsername(username).isPresent()) {
            throw new DomainException("Identifiant : « " + username + " » est déjà pris.");
        }
        if (accounts.byEmail(email).isPresent()) {
            throw new DomainException("Adresse électronique : un autre compte l'a déjà.");
        }
        Role role = scope instanceof AccessScope.Region ? Role.ARS_OFFICER : Role.CPAM_OFFICER;
        Account account = new Account(username, name, UnusablePasswords.hash(), role, scope);
        accounts.create(account);
        accounts.setEmail(username, email);
        audit.record(
                administrator,
                null,
                AuditedEntity.COMPTE,
                username,
                AuditAction.CREATION,
                null,
                List.of(
                        new FieldChange("username", null, username),
                        new FieldChange("displayName", null, name),
                        new FieldChange("email", null, email),
                        new FieldChange("role", null, role.label()),
                        new FieldChange("scope", null, scope.describe())));
        invitations.invite(account, email, baseUrl, administrator);
        return account;
    }

    /**
     * Gives an officer another role or scope (another région, other départements); their open sessions end, so that
     * they sign in again under the new scope. Journalled.
     */
    Account rescope(Account administrator, String username, String role, String region, String departements) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new DomainException("Seul un administrateur change le périmètre d'un agent.");
        }
        Account before = accounts.byUsername(username == null ? "" : username.strip())
                .filter(found -> found.role() == Role.ARS_OFFICER || found.role() == Role.CPAM_OFFICER)
                .orElseThrow(() -> new DomainException(
                        "Aucun compte d'agent de l'ARS ou de la CPAM n'a l'identifiant « " + username + " »."));
        AccessScope scope = scope(text(role), text(region), text(departements));
        Role newRole = scope instanceof AccessScope.Region ? Role.ARS_OFFICER : Role.CPAM_OFFICER;
        accounts.changeOfficerScope(before.username(), newRole, scope);
        audit.record(
                administrator,
                null,
                AuditedEntity.COMPTE,
                before.username(),
                AuditAction.SCOPE_CHANGED,
                null,
                List.of(
                        new FieldChange("role", before.role().label(), newRole.label()),
                        new FieldChange("scope", before.scope().describe(), scope.describe())));
        sessions.endAll(before.username());
        return accounts.byUsername(before.username()).orElseThrow();
    }

    /** Whether that person may manage the account of an officer of that scope (administrator, or référent). */
    boolean manages(Account manager, AccessScope officer) {
        Set<DepartementCode> own = new LinkedHashSet<>();
        if (manager.scope() instanceof AccessScope.Region region) {
            communes.departements().stream()
                    .filter(departement ->
                            departement.regionCode().equals(region.region().value()))
                    .forEach(departement -> own.add(new DepartementCode(departement.code())));
        }
        return manager.managesOfficer(officer, own);
    }

    private AccessScope scope(String role, String region, String departements) {
        if (role.equals(Role.ARS_OFFICER.name())) {
            return new AccessScope.Region(communes.regions().stream()
                    .filter(Region::hasArs)
                    .map(Region::code)
                    .filter(code -> code.equals(region))
                    .findFirst()
                    .map(RegionCode::new)
                    .orElseThrow(() -> new DomainException("Région : choisissez la région de l'agent de l'ARS.")));
        }
        if (role.equals(Role.CPAM_OFFICER.name())) {
            Set<String> known = new LinkedHashSet<>();
            communes.departements().forEach(departement -> known.add(departement.code()));
            Set<DepartementCode> covered = new LinkedHashSet<>();
            for (String code : departements.split("[,;\\s]+")) {
                if (code.isBlank()) {
                    continue;
                }
                if (!known.contains(code.toUpperCase())
                        || DepartementCode.readable(code.toUpperCase()).isEmpty()) {
                    throw new DomainException("Départements : « " + code + " » n'est pas un code de département "
                            + "(par exemple 33, 2A, 971).");
                }
                covered.add(new DepartementCode(code.toUpperCase()));
            }
            if (covered.isEmpty()) {
                throw new DomainException(
                        "Départements : indiquez au moins un département de la caisse, par exemple " + "« 33, 40 ».");
            }
            return new AccessScope.Departements(covered);
        }
        throw new DomainException("Rôle : choisissez agent de l'ARS ou agent de la CPAM.");
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
