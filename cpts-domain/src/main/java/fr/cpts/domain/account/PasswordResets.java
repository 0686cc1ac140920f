package fr.cpts.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * The password-reset links sent (repository port): each stored by the hash of its token only, valid until it
 * expires, used at most once.
 */
public interface PasswordResets {

    /** Records a link sent to that login. */
    void issue(String username, String tokenHash, Instant requestedAt, Instant expiresAt);

    /** How many links that login was sent since then (to throttle requests). */
    int issuedSince(String username, Instant since);

    /** The login a still valid, unused token resets. */
    Optional<String> usernameFor(String tokenHash, Instant now);

    /** Marks the token used; false when it was already used, has expired or never existed (single use). */
    boolean use(String tokenHash, Instant now);
}
