package fr.cpts.domain.account;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The invitations a porteur sends a colleague to join their CPTS (repository port): each stored by the hash of its
 * single-use token only, valid until it expires, used once by the account that joins, or withdrawn.
 */
public interface PorteurInvitations {

    /** An invitation: to which CPTS, sent to which address, by whom, when, until when. */
    record Invitation(CptsId cpts, String email, String invitedBy, Instant invitedAt, Instant expiresAt) {}

    /** Records an invitation and the hash of the token its link carries. */
    void issue(Invitation invitation, String tokenHash);

    /** The invitation a still valid, unused, not withdrawn token stands for. */
    Optional<Invitation> pending(String tokenHash, Instant now);

    /** The invitations of that CPTS still waiting for an answer, newest first. */
    List<Invitation> waitingOf(CptsId cpts, Instant now);

    /** Marks the invitation used by that login; false when it can no longer be used (single use). */
    boolean use(String tokenHash, String username, Instant now);

    /** Withdraws the waiting invitations of that CPTS sent to that address; how many were withdrawn. */
    int withdraw(CptsId cpts, String email, Instant now);
}
