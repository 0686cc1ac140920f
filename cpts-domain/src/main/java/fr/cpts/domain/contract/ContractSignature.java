package fr.cpts.domain.contract;

import fr.cpts.domain.account.Actor;
import java.time.Instant;
import java.util.Objects;

/** One party's signature of a contract or an amendment: who signed, when, for which party. */
public record ContractSignature(ContractParty party, Actor signer, Instant at) {

    public ContractSignature {
        Objects.requireNonNull(party, "partie");
        Objects.requireNonNull(signer, "signataire");
        Objects.requireNonNull(at, "date");
        if (signer.role() != party.role()) {
            throw new IllegalArgumentException(signer.role().label() + " ne signe pas pour " + party.label());
        }
    }
}
