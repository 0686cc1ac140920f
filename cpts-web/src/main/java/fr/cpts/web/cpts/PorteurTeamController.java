package fr.cpts.web.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.PorteurInvitations.Invitation;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.Communes;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInSessions;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A porteur's CPTS as a team: creating one (« Créer ma CPTS »), the team page (porteurs, invitations waiting,
 * inviting, removing, leaving), and the page an invitation's link leads to, which anyone may open.
 */
@Controller
class PorteurTeamController {

    private final CptsTeam team;
    private final Communes communes;
    private final SignedInSessions signedIn;

    PorteurTeamController(CptsTeam team, Communes communes, SignedInSessions signedIn) {
        this.team = team;
        this.communes = communes;
        this.signedIn = signedIn;
    }

    @GetMapping("/porteur/nouvelle-cpts")
    String foundForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user.account().scope() instanceof AccessScope.OwnCpts) {
            return "redirect:/porteur";
        }
        model.addAttribute("departements", communes.departements());
        return "cpts/found";
    }

    @PostMapping("/porteur/nouvelle-cpts")
    @BackOnRefusal("/porteur/nouvelle-cpts")
    String found(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "departement", defaultValue = "") String departement,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Account bound = team.found(user.account(), name, departement);
        signedIn.refresh(bound, request, response);
        redirect.addFlashAttribute(
                "success",
                "La CPTS « " + name.strip() + " » est créée, à l'étape « Initiative » : "
                        + "vous en êtes le premier porteur. Invitez vos collègues depuis « Équipe ».");
        return "redirect:/porteur";
    }

    @GetMapping("/porteur/equipe")
    String teamPage(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<Invitation> waiting = team.waiting(user.account());
        model.addAttribute("team", team.team(user.account()));
        model.addAttribute("invitations", waiting);
        model.addAttribute(
                "invitedBy",
                team.names(
                        waiting.stream().map(Invitation::invitedBy).distinct().toList()));
        model.addAttribute("me", user.getUsername());
        return "cpts/team";
    }

    @PostMapping("/porteur/equipe/invitations")
    @BackOnRefusal("/porteur/equipe#inviter")
    String invite(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "email", defaultValue = "") String email,
            RedirectAttributes redirect) {
        team.invite(
                user.account(),
                email,
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        redirect.addFlashAttribute(
                "success", "Invitation envoyée à " + email.strip() + " : le lien est valable sept " + "jours.");
        return "redirect:/porteur/equipe";
    }

    @PostMapping("/porteur/equipe/invitations/retrait")
    @BackOnRefusal("/porteur/equipe")
    String withdraw(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "email", defaultValue = "") String email,
            RedirectAttributes redirect) {
        team.withdraw(user.account(), email);
        redirect.addFlashAttribute("success", "L'invitation de " + email.strip() + " est retirée.");
        return "redirect:/porteur/equipe";
    }

    @PostMapping("/porteur/equipe/retrait")
    @BackOnRefusal("/porteur/equipe")
    String remove(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "username", defaultValue = "") String username,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Account removed = team.remove(user.account(), username);
        if (removed.username().equalsIgnoreCase(user.getUsername())) {
            signedIn.refresh(removed, request, response);
            redirect.addFlashAttribute("success", "Vous avez quitté l'équipe de la CPTS.");
            return "redirect:" + PorteursWithoutCpts.FOUNDING;
        }
        redirect.addFlashAttribute("success", removed.displayName() + " ne fait plus partie de l'équipe.");
        return "redirect:/porteur/equipe";
    }

    /** The page of an invitation's link: whom it invites to which CPTS, and how to accept it. Public. */
    @GetMapping("/invitation")
    String invitation(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "jeton", defaultValue = "") String token,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", team.invitation(token).orElse(null));
        model.addAttribute("signedIn", user == null ? null : user.account());
        return "cpts/invitation";
    }

    @PostMapping("/porteur/invitation")
    String join(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "jeton", defaultValue = "") String token,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Account bound = team.join(user.account(), token);
            signedIn.refresh(bound, request, response);
            redirect.addFlashAttribute("success", "Vous avez rejoint l'équipe de la CPTS.");
            return "redirect:/porteur";
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/invitation")
                            .queryParam("jeton", token)
                            .encode()
                            .build()
                            .toUriString();
        }
    }
}
