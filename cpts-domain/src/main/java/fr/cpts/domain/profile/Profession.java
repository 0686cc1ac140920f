package fr.cpts.domain.profile;

import java.util.Objects;

/** A health profession, by a stable code and its French name. */
public record Profession(String code, String label) {

    public Profession {
        Objects.requireNonNull(code, "code de la profession");
        Objects.requireNonNull(label, "libellé de la profession");
    }
}
