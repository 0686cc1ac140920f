package fr.cpts.web.security;

import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.errors.BackOnRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Mon compte »: who I am on the platform, my open sessions, and signing out of all of them at once. */
@Controller
class AccountController {

    private final OpenSessions sessions;
    private final PasswordChange passwordChange;

    AccountController(OpenSessions sessions, PasswordChange passwordChange) {
        this.sessions = sessions;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/compte")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("account", user.account());
        model.addAttribute("openSessions", sessions.count(user.getUsername()));
        model.addAttribute("oidc", user.getIdToken() != null);
        model.addAttribute("passwordRules", PasswordRules.describe());
        return "account/account";
    }

    /**
     * The person changes their password; on success every other session of theirs ends (a device that knew the old
     * password is signed out), this one stays open.
     */
    @PostMapping("/compte/mot-de-passe")
    @BackOnRefusal("/compte#mot-de-passe")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "currentPassword", defaultValue = "") String current,
            @RequestParam(name = "newPassword", defaultValue = "") String chosen,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (user.getIdToken() != null) {
            throw new DomainException(
                    "Votre compte se connecte par Pro Santé Connect : il n'a pas de mot de passe ici.");
        }
        passwordChange.change(user.account(), current, chosen, confirmation);
        sessions.endAllBut(
                user.getUsername(),
                request.getSession(false) == null
                        ? null
                        : request.getSession(false).getId());
        redirect.addFlashAttribute(
                "success", "Votre mot de passe est changé ; vos autres sessions ouvertes sont fermées.");
        return "redirect:/compte";
    }

    /** Ends every session of the person, on every device and every instance, then this one. */
    @PostMapping("/compte/deconnexion-partout")
    String signOutEverywhere(
            @AuthenticationPrincipal SignedInUser user,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        sessions.endAll(user.getUsername());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?deconnecte";
    }
}
