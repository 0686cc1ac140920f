package fr.cpts.web.security;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Region;
import fr.cpts.web.errors.BackOnRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The ARS référent's page of their région's officers: the list (ARS officers of the région, CPAM officers of its
 * départements), opening an account (the officer is mailed a link to choose their password), disabling and enabling.
 * Another ARS officer finds no such page.
 */
@Controller
class RegionalOfficersController {

    private static final String PAGE = "/ars/agents";

    private final Accounts accounts;
    private final OfficerAccounts officers;
    private final AccountAdministration administration;
    private final Communes communes;

    RegionalOfficersController(
            Accounts accounts, OfficerAccounts officers, AccountAdministration administration, Communes communes) {
        this.accounts = accounts;
        this.officers = officers;
        this.administration = administration;
        this.communes = communes;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        AccessScope.Region region = referentRegion(user);
        model.addAttribute("officers", accounts.officersOf(region.region(), PageRequest.of(page, null)));
        model.addAttribute(
                "regions",
                communes.regions().stream()
                        .filter(Region::hasArs)
                        .filter(known -> known.code().equals(region.region().value()))
                        .toList());
        model.addAttribute("pageLink", "?");
        return "officer/list";
    }

    @PostMapping(PAGE + "/nouveau")
    @BackOnRefusal(PAGE)
    String open(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "username", defaultValue = "") String username,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "departements", defaultValue = "") String departements,
            RedirectAttributes redirect) {
        referentRegion(user);
        var opened = officers.open(
                user.account(),
                new OfficerAccounts.NewOfficer(username, displayName, email, role, region, departements),
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        redirect.addFlashAttribute(
                "success",
                "Le compte « " + opened.username() + " » est ouvert ; un courriel invite " + opened.displayName()
                        + " à choisir son mot de passe.");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{username}/desactiver")
    @BackOnRefusal(PAGE)
    String disable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        referentRegion(user);
        administration.disable(user.account(), username);
        redirect.addFlashAttribute(
                "success", "Le compte « " + username + " » est désactivé ; ses sessions ouvertes sont fermées.");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{username}/reactiver")
    @BackOnRefusal(PAGE)
    String enable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        referentRegion(user);
        administration.enable(user.account(), username);
        redirect.addFlashAttribute("success", "Le compte « " + username + " » est réactivé.");
        return "redirect:" + PAGE;
    }

    private static AccessScope.Region referentRegion(SignedInUser user) {
        if (!user.account().referent() || !(user.account().scope() instanceof AccessScope.Region region)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return region;
    }
}
