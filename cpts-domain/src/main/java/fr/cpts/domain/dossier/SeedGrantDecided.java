package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import java.util.Objects;

/** The ARS decided the FIR seed grant of a CPTS on its validated letter of intent. */
public record SeedGrantDecided(CptsId cpts, SeedGrant grant) {

    public SeedGrantDecided {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(grant, "subvention");
    }
}
