package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Region;
import fr.cpts.web.errors.BackOnRefusal;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrator opens officers' accounts, and disables and enables accounts, from the accounts page. */
@Controller
class AdminAccountController {

    private final AccountAdministration administration;
    private final OfficerAccounts officers;
    private final Communes communes;
    private final PasswordReset reset;

    AdminAccountController(
            AccountAdministration administration, OfficerAccounts officers, Communes communes, PasswordReset reset) {
        this.administration = administration;
        this.officers = officers;
        this.communes = communes;
        this.reset = reset;
    }

    @GetMapping("/admin/comptes/nouveau")
    String newOfficer(Model model) {
        model.addAttribute(
                "regions", communes.regions().stream().filter(Region::hasArs).toList());
        return "account/new-officer";
    }

    /** Opens an officer's account, who is mailed a link to choose their password. */
    @PostMapping("/admin/comptes/nouveau")
    String openOfficer(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "username", defaultValue = "") String username,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "departements", defaultValue = "") String departements,
            RedirectAttributes redirect) {
        try {
            Account opened = officers.open(
                    user.account(),
                    new OfficerAccounts.NewOfficer(username, displayName, email, role, region, departements),
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
            redirect.addFlashAttribute(
                    "success",
                    "Le compte « " + opened.username() + " » est ouvert ; un courriel invite " + opened.displayName()
                            + " à choisir son mot de passe.");
            return "redirect:/admin";
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            redirect.addFlashAttribute(
                    "typed",
                    Map.of(
                            "username", username,
                            "displayName", displayName,
                            "email", email,
                            "role", role,
                            "region", region,
                            "departements", departements));
            return "redirect:/admin/comptes/nouveau";
        }
    }

    @PostMapping("/admin/comptes/{username}/desactiver")
    @BackOnRefusal("/admin")
    String disable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        administration.disable(user.account(), username);
        redirect.addFlashAttribute(
                "success", "Le compte « " + username + " » est désactivé ; ses sessions ouvertes sont fermées.");
        return "redirect:/admin";
    }

    /** Flags an ARS officer référent of their région, or no longer. */
    @PostMapping("/admin/comptes/{username}/referent")
    @BackOnRefusal("/admin")
    String referent(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            @RequestParam(name = "referent", defaultValue = "") String referent,
            RedirectAttributes redirect) {
        boolean flagged = "true".equals(referent);
        administration.setReferent(user.account(), username, flagged);
        redirect.addFlashAttribute(
                "success",
                "« " + username + " » " + (flagged ? "est désormais" : "n'est plus")
                        + " référent de l'ARS de sa région.");
        return "redirect:/admin";
    }

    /** Gives an officer another role or scope. */
    @PostMapping("/admin/comptes/{username}/perimetre")
    @BackOnRefusal("/admin")
    String rescope(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "departements", defaultValue = "") String departements,
            RedirectAttributes redirect) {
        Account changed = officers.rescope(user.account(), username, role, region, departements);
        redirect.addFlashAttribute(
                "success",
                "Le compte « " + changed.username() + " » a désormais pour périmètre : "
                        + changed.scope().describe() + " ; ses sessions ouvertes sont fermées.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/comptes/{username}/lien-mot-de-passe")
    @BackOnRefusal("/admin")
    String sendResetLink(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        reset.sendByAdministrator(
                user.account(),
                username,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        redirect.addFlashAttribute(
                "success", "Un lien pour choisir un nouveau mot de passe est envoyé au compte « " + username + " ».");
        return "redirect:/admin";
    }

    @PostMapping("/admin/comptes/{username}/reactiver")
    @BackOnRefusal("/admin")
    String enable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        administration.enable(user.account(), username);
        redirect.addFlashAttribute("success", "Le compte « " + username + " » est réactivé.");
        return "redirect:/admin";
    }
}
