package fr.cpts.domain.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * One clause an amendment changes against the version in force: what it is about (« Part fixe — Accès aux soins »),
 * what the version in force says and what the amendment says (empty when the clause is added or removed).
 */
public record ContractChange(String subject, Optional<String> before, Optional<String> after) {

    public ContractChange {
        Objects.requireNonNull(subject, "objet de la modification");
        Objects.requireNonNull(before, "clause en vigueur");
        Objects.requireNonNull(after, "clause de l'avenant");
    }
}
