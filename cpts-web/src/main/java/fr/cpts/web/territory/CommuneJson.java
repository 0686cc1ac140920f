package fr.cpts.web.territory;

import fr.cpts.domain.territory.Commune;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One commune as the public API shows it. */
@Schema(name = "Commune", description = "Une commune française actuelle (code officiel géographique de l'INSEE)")
record CommuneJson(
        @Schema(description = "Code INSEE de la commune", example = "42218")
        String code,

        @Schema(description = "Nom officiel", example = "Saint-Étienne")
        String nom,

        @Schema(
                description = "Population municipale ; null quand le référentiel ne la donne pas (territoires "
                        + "inhabités)",
                example = "173136",
                nullable = true)
        Integer population,

        @Schema(description = "Codes postaux (éventuellement aucun)", example = "[\"42000\", \"42100\"]")
        List<String> codesPostaux,

        @Schema(description = "Code INSEE du département (ou de la collectivité d'outre-mer)", example = "42")
        String departement,

        @Schema(description = "Nom du département", example = "Loire")
        String departementNom,

        @Schema(description = "Code INSEE de la région (ou de la collectivité d'outre-mer)", example = "84")
        String region,

        @Schema(description = "Nom de la région", example = "Auvergne-Rhône-Alpes")
        String regionNom) {

    static CommuneJson of(Commune commune, String departementName, String regionName) {
        return new CommuneJson(
                commune.code().value(),
                commune.name(),
                commune.population().isPresent() ? commune.population().getAsInt() : null,
                commune.postalCodes(),
                commune.departementCode(),
                departementName,
                commune.regionCode(),
                regionName);
    }
}
