package fr.cpts.web.territory;

import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.Region;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search of the French communes, by name or INSEE code (for territory pickers and for anyone). */
@RestController
@RequestMapping("/api/v1/communes")
@Tag(name = "Communes", description = "Référentiel des communes françaises actuelles (code officiel géographique)")
class CommunesController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;

    private final Communes communes;

    CommunesController(Communes communes) {
        this.communes = communes;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Rechercher des communes",
            description = "Communes dont le nom commence par le texte donné (sans tenir compte des accents, de la "
                    + "casse, des tirets ni des apostrophes : « saint etienne » trouve Saint-Étienne), ou dont le "
                    + "code INSEE commence par lui (« 33063 », « 2A », « 971 »). Les plus peuplées d'abord (population "
                    + "inconnue en dernier), puis par nom.")
    @ApiResponse(
            responseCode = "200",
            description = "Les communes trouvées (liste éventuellement vide)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(implementation = CommuneJson.class))))
    @ApiResponse(
            responseCode = "400",
            description = "Paramètre manquant ou invalide (détails RFC 9457, en français)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    List<CommuneJson> search(
            @Parameter(description = "Début du nom ou du code INSEE (au moins 2 caractères)", example = "saint etienne")
                    @RequestParam("q")
                    @Size(min = 2, max = 100, message = "doit contenir entre 2 et 100 caractères")
                    String q,
            @Parameter(
                            description = "Nombre maximal de communes renvoyées (1 à " + MAX_LIMIT + ")",
                            schema =
                                    @Schema(defaultValue = "" + DEFAULT_LIMIT, minimum = "1", maximum = "" + MAX_LIMIT))
                    @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT)
                    @Min(value = 1, message = "doit être compris entre 1 et " + MAX_LIMIT)
                    @Max(value = MAX_LIMIT, message = "doit être compris entre 1 et " + MAX_LIMIT)
                    int limit,
            @Parameter(description = "Code du département dont les communes viennent d'abord", example = "33")
                    @RequestParam(name = "departement", required = false)
                    String departement) {
        if (!InseeCode.isPrefix(q) && SearchText.normalise(q).length() < 2) {
            throw new InvalidInput("q", List.of("Le paramètre « q » doit contenir au moins 2 lettres ou chiffres."));
        }
        Map<String, String> departements =
                communes.departements().stream().collect(Collectors.toMap(Departement::code, Departement::name));
        Map<String, String> regions = communes.regions().stream().collect(Collectors.toMap(Region::code, Region::name));
        if (departement != null && !departements.containsKey(departement)) {
            throw new InvalidInput(
                    "departement", List.of("Le paramètre « departement » n'est pas un code de département connu."));
        }
        List<Commune> found =
                departement == null ? communes.search(q, limit) : communes.searchFrom(departement, q, limit);
        return found.stream()
                .map(commune -> CommuneJson.of(
                        commune, departements.get(commune.departementCode()), regions.get(commune.regionCode())))
                .toList();
    }
}
