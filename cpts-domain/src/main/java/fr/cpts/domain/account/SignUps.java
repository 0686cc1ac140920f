package fr.cpts.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * The sign-ups waiting for their mail address to be verified (repository port): each stored by the hash of its
 * single-use token only, with the password already hashed; no account exists until the link is followed.
 */
public interface SignUps {

    /** A sign-up waiting for its link; {@code invitationHash} names the invitation it followed, if any. */
    record Pending(SignUp signUp, String passwordHash, Optional<String> invitationHash, Instant requestedAt) {}

    /** Records a sign-up and the hash of the token its link carries. */
    void save(Pending pending, String tokenHash, Instant expiresAt);

    /** How many sign-ups that address made since then (to throttle the mails sent to it). */
    int requestedSince(String email, Instant since);

    /** The sign-up a still valid, unused token verifies. */
    Optional<Pending> pending(String tokenHash, Instant now);

    /** Marks the token used; false when it was already used, has expired or never existed (single use). */
    boolean use(String tokenHash, Instant now);
}
