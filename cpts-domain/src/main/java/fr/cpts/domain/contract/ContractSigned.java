package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One party signed a version of the ACI contract; {@code awaiting} the parties whose signature it still waits for,
 * none when it was the third signature, which puts the version in force. {@code documentSha256} is the fingerprint of the PDF then issued (null until it is).
 */
public record ContractSigned(
        CptsId cpts,
        int version,
        ContractParty party,
        List<ContractParty> awaiting,
        Actor actor,
        Instant at,
        String documentSha256)
        implements DomainEvent {

    public ContractSigned {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(party, "partie");
        Objects.requireNonNull(actor, "signataire");
        Objects.requireNonNull(at, "date");
        awaiting = List.copyOf(awaiting);
    }

    /** Whether it was the third signature, which puts the version in force. */
    public boolean fullySigned() {
        return awaiting.isEmpty();
    }

    /** The same signature, with the fingerprint of the contract's PDF issued at the third signature. */
    public ContractSigned issued(String sha256) {
        return new ContractSigned(cpts, version, party, awaiting, actor, at, sha256);
    }
}
