package fr.cpts.web.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.PageLinks;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every CPTS of France for the platform's administrator, read-only (the national scope): by région, département,
 * stage or part of the name, with how many stand at each stage. A filter that is not a code of the reference is
 * ignored and said so.
 */
@Controller
class NationalCptsController {

    private final CptsList cpts;

    NationalCptsController(CptsList cpts) {
        this.cpts = cpts;
    }

    @GetMapping("/admin/cpts")
    @Transactional(readOnly = true)
    String national(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String departement,
            @RequestParam(required = false) String etape,
            @RequestParam(required = false) String nom,
            @RequestParam(required = false) Integer page,
            Model model) {
        CptsFilter filter = filter(region, departement, etape, nom);
        AccessScope national = new AccessScope.National();
        model.addAttribute("rows", cpts.listed(national, filter, PageRequest.of(page, null)));
        model.addAttribute("byStage", cpts.countByStage(national, filter));
        model.addAttribute("regions", cpts.regions());
        model.addAttribute("stages", CptsStage.values());
        model.addAttribute("filter", filter);
        model.addAttribute(
                "ignored",
                (region != null && !region.isBlank() && filter.region() == null)
                        || (departement != null && !departement.isBlank() && filter.departement() == null));
        model.addAttribute("pageLink", pageLink(filter));
        return "cpts/national";
    }

    /** The filter in the list's links (pagination, exports), as its form sends it. */
    static String pageLink(CptsFilter filter) {
        return PageLinks.keeping(
                "region",
                filter.region(),
                "departement",
                filter.departement(),
                "etape",
                filter.stage() == null ? null : filter.stage().name(),
                "nom",
                filter.name());
    }

    /** The filter as typed: a code that names nothing, or an unknown stage, does not narrow. */
    static CptsFilter filter(String region, String departement, String etape, String nom) {
        CptsStage stage = Arrays.stream(CptsStage.values())
                .filter(candidate -> candidate.name().equals(etape))
                .findFirst()
                .orElse(null);
        return new CptsFilter(
                RegionCode.readable(region).orElse(null),
                DepartementCode.readable(departement).orElse(null),
                stage,
                nom);
    }
}
