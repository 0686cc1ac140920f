package fr.cpts.web.home;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.AccountFilter;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.cpts.ListedCpts;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Region;
import fr.cpts.web.ScopeNames;
import fr.cpts.web.contract.ContractQueries;
import fr.cpts.web.dossier.DossierService;
import fr.cpts.web.security.SignedInUser;
import fr.cpts.web.worklist.Worklist;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Each role's home page, and the redirection of {@code /} to it. */
@Controller
class HomeController {

    private final CptsList cpts;
    private final Accounts accounts;
    private final DossierService dossiers;
    private final Worklist worklist;
    private final ContractQueries contracts;
    private final Communes communes;
    private final ScopeNames scopes;

    HomeController(
            CptsList cpts,
            Accounts accounts,
            DossierService dossiers,
            Worklist worklist,
            ContractQueries contracts,
            Communes communes,
            ScopeNames scopes) {
        this.communes = communes;
        this.scopes = scopes;
        this.worklist = worklist;
        this.cpts = cpts;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.contracts = contracts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user) {
        return switch (user.account().role()) {
            case PORTEUR -> "redirect:/porteur";
            case ARS_OFFICER -> "redirect:/ars";
            case CPAM_OFFICER -> "redirect:/cpam";
            case ADMINISTRATOR -> "redirect:/admin";
        };
    }

    /** The porteur's CPTS, where its dossiers lead it and what is expected next, computed from them. */
    @GetMapping("/porteur")
    String porteur(@AuthenticationPrincipal SignedInUser user, Model model) {
        DossierService.PorteurProgress progress =
                dossiers.progress(user.account()).orElse(null);
        model.addAttribute("cpts", progress == null ? null : progress.cpts());
        model.addAttribute("progress", progress);
        model.addAttribute("stages", CptsStage.values());
        model.addAttribute("contract", progress == null ? null : contracts.summary(progress.cpts()));
        model.addAttribute("todo", progress == null ? null : worklist.porteur(progress.cpts()));
        return "home/porteur";
    }

    /** The ARS officer's « Mon travail » panel and the CPTS of their région, with how many stand at each stage. */
    @GetMapping("/ars")
    String ars(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        return officerHome(user, page, model, "home/ars");
    }

    /** The CPAM officer's « Mon travail » panel and the CPTS of their départements, with how many stand at each stage. */
    @GetMapping("/cpam")
    String cpam(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        return officerHome(user, page, model, "home/cpam");
    }

    /**
     * The accounts of the platform, searched by words of a login, name or address, filtered by role, région and
     * département (read in SQL), a page at a time.
     */
    @GetMapping({"/admin", "/admin/comptes"})
    String admin(
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "q", defaultValue = "") String words,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "departement", defaultValue = "") String departement,
            Model model) {
        AccountFilter filter = AccountFilter.typed(words, role, region, departement);
        model.addAttribute("accounts", accounts.listed(filter, PageRequest.of(page, null)));
        model.addAttribute("filter", filter);
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "regions", communes.regions().stream().filter(Region::hasArs).toList());
        String query = UriComponentsBuilder.newInstance()
                        .queryParam("q", filter.words())
                        .queryParam("role", filter.role().map(Role::name).orElse(""))
                        .queryParam("region", filter.region().orElse(""))
                        .queryParam("departement", filter.departement().orElse(""))
                        .encode()
                        .build()
                        .toUriString()
                + "&";
        model.addAttribute("pageLink", "/admin/comptes" + query);
        model.addAttribute("exportQuery", query);
        return "home/admin";
    }

    /** The CPTS of the officer's scope by name (up to 500 a page) and how many stand at each stage, read in SQL. */
    private String officerHome(SignedInUser user, Integer page, Model model, String view) {
        AccessScope scope = user.account().scope();
        Page<ListedCpts> listed = cpts.listed(scope, CptsFilter.NONE, PageRequest.of(page, PageRequest.MAX_SIZE));
        model.addAttribute(
                "cptsList", listed.rows().stream().map(ListedCpts::cpts).toList());
        model.addAttribute("cptsPage", listed);
        model.addAttribute("pageLink", "?");
        model.addAttribute("byStage", cpts.countByStage(scope, CptsFilter.NONE));
        model.addAttribute("scope", scopes.named(scope));
        model.addAttribute("work", worklist.officer(user.account()));
        return view;
    }
}
