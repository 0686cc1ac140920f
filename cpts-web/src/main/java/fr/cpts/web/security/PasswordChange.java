package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password in « Mon compte »: the current one proves it is them, the new one follows
 * {@link PasswordRules} and is typed twice; the change and its journal entry are written together. An account signed
 * in through Pro Santé Connect has no password here.
 */
@Service
@Transactional
class PasswordChange {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Audit audit;

    PasswordChange(Accounts accounts, PasswordEncoder encoder, Audit audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    void change(Account signedIn, String current, String chosen, String confirmation) {
        Account stored = accounts.byUsername(signedIn.username())
                .orElseThrow(() -> new DomainException("Ce compte n'existe plus."));
        if (current == null || current.isEmpty() || !encoder.matches(current, stored.passwordHash())) {
            throw new DomainException("Mot de passe actuel : il ne correspond pas ; le mot de passe n'est pas changé.");
        }
        PasswordRules.check(chosen, confirmation, stored);
        if (encoder.matches(chosen, stored.passwordHash())) {
            throw new DomainException("Nouveau mot de passe : il est identique à l'actuel.");
        }
        accounts.changePassword(stored.username(), encoder.encode(chosen));
        audit.record(
                stored,
                null,
                AuditedEntity.COMPTE,
                stored.username(),
                AuditAction.PASSWORD_CHANGED,
                null,
                List.of(new FieldChange("motDePasse", null, "modifié")));
    }
}
