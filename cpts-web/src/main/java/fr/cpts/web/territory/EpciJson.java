package fr.cpts.web.territory;

import fr.cpts.domain.territory.Epci;
import io.swagger.v3.oas.annotations.media.Schema;

/** One EPCI as the public API shows it. */
@Schema(name = "Epci", description = "Un EPCI à fiscalité propre (intercommunalité)")
record EpciJson(
        @Schema(description = "SIREN de l'EPCI", example = "243300563")
        String code,

        @Schema(description = "Nom", example = "CA Bassin d'Arcachon Sud-Pôle Atlantique (COBAS)")
        String nom,

        @Schema(description = "Nature juridique : CC, CA, CU, METRO ou MET69", example = "CA")
        String nature,

        @Schema(
                description = "Population municipale ; null quand le référentiel ne la donne pas",
                example = "66000",
                nullable = true)
        Integer population) {

    static EpciJson of(Epci epci) {
        return new EpciJson(
                epci.code(),
                epci.name(),
                epci.kind(),
                epci.population().isPresent() ? epci.population().getAsInt() : null);
    }
}
