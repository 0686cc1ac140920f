package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * What the contract in force pays changed without a new version: its end was recorded, or a mission's start was
 * reported or checked (the advance of its fixed part is due from that start). The ledger follows.
 */
public record ContractPaymentsChanged(CptsId cpts, Actor actor, Instant at) implements DomainEvent {

    public ContractPaymentsChanged {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
    }
}
