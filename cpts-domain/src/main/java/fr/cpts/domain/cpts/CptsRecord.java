package fr.cpts.domain.cpts;

import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.util.Objects;

/**
 * One CPTS (Communauté Professionnelle Territoriale de Santé) as the platform knows it: its name, where it is
 * and how far it has gone. The région decides which ARS instructs it; the département which CPAM contracts and pays.
 * The stage follows the CPTS's dossiers (see {@code fr.cpts.domain.dossier.CptsProgress}): it is never typed in.
 */
public record CptsRecord(CptsId id, String name, RegionCode region, DepartementCode departement, CptsStage stage) {

    public CptsRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "région");
        Objects.requireNonNull(departement, "département");
        Objects.requireNonNull(stage, "étape");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Le nom de la CPTS est obligatoire");
        }
    }
}
