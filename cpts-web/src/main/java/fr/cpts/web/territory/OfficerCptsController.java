package fr.cpts.web.territory;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.DepartementCoverage;
import fr.cpts.domain.territory.Region;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.contract.ContractQueries;
import fr.cpts.web.diagnostic.TerritoryDiagnostics;
import fr.cpts.web.profile.ProfilePages;
import fr.cpts.web.security.SignedInUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * What ARS and CPAM officers read of a CPTS of their scope: its territory, profile and overlaps with other CPTS
 * (read-only; the decisions on dossiers are elsewhere). And, for the ARS, the coverage of its région by CPTS.
 */
@Controller
class OfficerCptsController {

    /** How many uncovered communes each département lists, the most populated first. */
    static final int LARGEST_UNCOVERED = 10;

    private final CptsAccess access;
    private final TerritoryPages territories;
    private final ProfilePages profiles;
    private final Territories coverage;
    private final Communes communes;
    private final ContractQueries contracts;
    private final TerritoryDiagnostics diagnostics;

    OfficerCptsController(
            CptsAccess access,
            TerritoryPages territories,
            ProfilePages profiles,
            Territories coverage,
            Communes communes,
            ContractQueries contracts,
            TerritoryDiagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.access = access;
        this.contracts = contracts;
        this.territories = territories;
        this.profiles = profiles;
        this.coverage = coverage;
        this.communes = communes;
    }

    @GetMapping("/ars/cpts/{id}")
    String ars(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id, Model model) {
        return view(user, id, model, "/ars");
    }

    @GetMapping("/cpam/cpts/{id}")
    String cpam(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id, Model model) {
        return view(user, id, model, "/cpam");
    }

    /** Per département of the ARS officer's région: communes and population no CPTS covers, largest first. */
    @GetMapping("/ars/couverture")
    String coverage(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!(user.account().scope() instanceof AccessScope.Region region)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<DepartementCoverage> departements = coverage.coverageOf(region.region(), LARGEST_UNCOVERED);
        model.addAttribute(
                "regionName",
                communes.regions().stream()
                        .filter(candidate ->
                                candidate.code().equals(region.region().value()))
                        .map(Region::name)
                        .findFirst()
                        .orElse(region.region().value()));
        model.addAttribute("departements", departements);
        model.addAttribute(
                "totalCommunes",
                departements.stream().mapToInt(DepartementCoverage::communes).sum());
        model.addAttribute(
                "totalUncovered",
                departements.stream()
                        .mapToInt(DepartementCoverage::uncoveredCommunes)
                        .sum());
        model.addAttribute(
                "totalPopulation",
                FrenchNumbers.format(departements.stream()
                        .mapToLong(DepartementCoverage::population)
                        .sum()));
        model.addAttribute(
                "totalUncoveredPopulation",
                FrenchNumbers.format(departements.stream()
                        .mapToLong(DepartementCoverage::uncoveredPopulation)
                        .sum()));
        model.addAttribute("numbers", new Numbers());
        return "territory/coverage";
    }

    private String view(SignedInUser user, long id, Model model, String home) {
        CptsRecord cpts = access.visible(user.account(), id);
        TerritoryPage page = territories.page(cpts);
        model.addAttribute("page", page);
        model.addAttribute(
                "diagnostic", diagnostics.viewOf(page.communes(), cpts.name()).orElse(null));
        model.addAttribute("flows", diagnostics.flowsOf(page.communes()).orElse(null));
        model.addAttribute("profile", profiles.view(cpts).orElse(null));
        model.addAttribute("editors", profiles.editors(cpts));
        model.addAttribute("home", home);
        model.addAttribute("contract", contracts.summary(cpts));
        return "territory/officer";
    }

    /** French number formatting for the templates. */
    public static final class Numbers {
        public String format(long value) {
            return FrenchNumbers.format(value);
        }
    }
}
