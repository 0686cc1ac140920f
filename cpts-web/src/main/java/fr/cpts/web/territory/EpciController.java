package fr.cpts.web.territory;

import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.SearchText;
import fr.cpts.web.errors.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search of the EPCI (intercommunalités), by words of their name or their SIREN. */
@RestController
@RequestMapping("/api/v1/epci")
@Tag(name = "EPCI", description = "Référentiel des EPCI à fiscalité propre (intercommunalités) et de leurs communes")
class EpciController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    private final Communes communes;

    EpciController(Communes communes) {
        this.communes = communes;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rechercher des EPCI",
            description = "EPCI dont le nom contient tous les mots donnés (sans tenir compte des accents, de la casse, "
                    + "des tirets ni des apostrophes : « bassin arcachon »), ou dont le SIREN commence par les "
                    + "chiffres donnés. Les plus peuplés d'abord.")
    @ApiResponse(
            responseCode = "200",
            description = "Les EPCI trouvés (liste éventuellement vide)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = EpciJson.class))))
    @ApiResponse(
            responseCode = "400",
            description = "Paramètre manquant ou invalide (détails RFC 9457, en français)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    List<EpciJson> search(
            @Parameter(
                            description = "Mots du nom ou début du SIREN (au moins 2 caractères)",
                            example = "bassin arcachon")
                    @RequestParam("q")
                    @Size(min = 2, max = 100, message = "doit contenir entre 2 et 100 caractères")
                    String q,
            @Parameter(
                            description = "Nombre maximal d'EPCI renvoyés (1 à " + MAX_LIMIT + ")",
                            schema =
                                    @Schema(defaultValue = "" + DEFAULT_LIMIT, minimum = "1", maximum = "" + MAX_LIMIT))
                    @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT)
                    @Min(value = 1, message = "doit être compris entre 1 et " + MAX_LIMIT)
                    @Max(value = MAX_LIMIT, message = "doit être compris entre 1 et " + MAX_LIMIT)
                    int limit) {
        if (SearchText.normalise(q).length() < 2) {
            throw new InvalidInput("q", List.of("Le paramètre « q » doit contenir au moins 2 lettres ou chiffres."));
        }
        return communes.searchEpci(q, limit).stream().map(EpciJson::of).toList();
    }
}
