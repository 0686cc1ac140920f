package fr.cpts.web.territory;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.SearchText;
import fr.cpts.domain.territory.TerritoryConflict;
import fr.cpts.domain.territory.UnknownCommunes;
import fr.cpts.web.diagnostic.TerritoryDiagnostics;
import fr.cpts.web.security.SignedInUser;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mon territoire »: the porteur draws their CPTS's territory (communes one by one with a search, a whole EPCI,
 * a pasted list of INSEE codes) and sees its population, ACI bracket and overlaps with other CPTS at each step.
 * The CPTS is the porteur's own, from their account; each change is posted then redirected (POST-redirect-GET).
 */
@Controller
class PorteurTerritoryController {

    static final String PAGE = "/porteur/cpts/territoire";
    private static final int RESULTS = 10;

    private final CptsAccess access;
    private final TerritoryPages pages;
    private final Communes communes;
    private final TerritoryDiagnostics diagnostics;

    PorteurTerritoryController(
            CptsAccess access, TerritoryPages pages, Communes communes, TerritoryDiagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.access = access;
        this.pages = pages;
        this.communes = communes;
    }

    @GetMapping(PAGE)
    String territory(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "epci", required = false) String epci,
            Model model) {
        CptsRecord cpts = access.own(user.account());
        TerritoryPage page = pages.page(cpts);
        model.addAttribute("page", page);
        model.addAttribute(
                "diagnostic", diagnostics.viewOf(page.communes(), cpts.name()).orElse(null));
        model.addAttribute("flows", diagnostics.flowsOf(page.communes()).orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("epci", epci);
        if (q != null) {
            if (!InseeCode.isPrefix(q) && SearchText.normalise(q).length() < 2) {
                model.addAttribute("searchError", "Saisissez au moins 2 lettres du nom ou le début du code INSEE.");
            } else {
                model.addAttribute(
                        "communeResults", communes.searchFrom(cpts.departement().value(), q, RESULTS));
            }
        }
        if (epci != null) {
            if (SearchText.normalise(epci).length() < 2) {
                model.addAttribute(
                        "epciError", "Saisissez au moins 2 lettres du nom de l'EPCI ou le début de son SIREN.");
            } else {
                model.addAttribute("epciResults", communes.searchEpci(epci, RESULTS));
            }
        }
        return "territory/porteur";
    }

    /** A link to a CPTS's territory by id leads to the porteur's own page, or nowhere (404) for another CPTS. */
    @GetMapping("/porteur/cpts/{id}/territoire")
    String byId(@AuthenticationPrincipal SignedInUser user, @PathVariable("id") long id) {
        access.visible(user.account(), id);
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/communes")
    String addCommune(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "code", defaultValue = "") String code,
            @RequestParam(name = "version") long version,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        return apply(redirect, "communeError", () -> pages.addCommune(cpts, code, version, user.account()));
    }

    @PostMapping(PAGE + "/communes/retrait")
    String removeCommune(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "code") String code,
            @RequestParam(name = "version") long version,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        return apply(redirect, "error", () -> pages.removeCommune(cpts, code, version, user.account()));
    }

    @PostMapping(PAGE + "/epci")
    String addEpci(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "epci", defaultValue = "") String epci,
            @RequestParam(name = "version") long version,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        return apply(redirect, "epciError", () -> pages.addEpci(cpts, epci, version, user.account()));
    }

    @PostMapping(PAGE + "/collage")
    String paste(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "codes", defaultValue = "") String codes,
            @RequestParam(name = "version") long version,
            RedirectAttributes redirect) {
        CptsRecord cpts = access.own(user.account());
        if (codes.length() > 100_000) {
            redirect.addFlashAttribute("pasteError", "La liste collée est trop longue (100 000 caractères au plus).");
            return "redirect:" + PAGE + "#coller";
        }
        try {
            redirect.addFlashAttribute("success", pages.paste(cpts, codes, version, user.account()));
            return "redirect:" + PAGE;
        } catch (UnknownCommunes unknown) {
            redirect.addFlashAttribute("pasteError", unknown.getMessage());
            redirect.addFlashAttribute("unknownCodes", unknown.codes());
            redirect.addFlashAttribute("pasted", codes);
            return "redirect:" + PAGE + "#coller";
        } catch (TerritoryConflict conflict) {
            redirect.addFlashAttribute("error", conflict.getMessage());
            redirect.addFlashAttribute("pasted", codes);
            return "redirect:" + PAGE;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("pasteError", refused.getMessage());
            redirect.addFlashAttribute("pasted", codes);
            return "redirect:" + PAGE + "#coller";
        }
    }

    /** Runs a change; its refusal goes next to the field it concerns, a conflict at the top of the page. */
    private static String apply(RedirectAttributes redirect, String errorField, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("success", change.get());
        } catch (TerritoryConflict conflict) {
            redirect.addFlashAttribute("error", conflict.getMessage());
        } catch (DomainException refused) {
            redirect.addFlashAttribute(errorField, refused.getMessage());
            return "redirect:" + PAGE
                    + ("communeError".equals(errorField)
                            ? "#ajouter-commune"
                            : "epciError".equals(errorField) ? "#ajouter-epci" : "");
        }
        return "redirect:" + PAGE;
    }
}
