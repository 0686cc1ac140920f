package fr.cpts.domain.contract;

import java.util.Objects;

/** A contract as read from storage, with the version to give back when saving it (optimistic locking). */
public record VersionedContract(AciContract contract, long version) {

    public VersionedContract {
        Objects.requireNonNull(contract, "contrat");
    }
}
