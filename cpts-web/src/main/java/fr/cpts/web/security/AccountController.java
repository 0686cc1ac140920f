package fr.cpts.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** « Mon compte »: who I am on the platform, my open sessions, and signing out of all of them at once. */
@Controller
class AccountController {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountController(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/compte")
    String account(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("account", user.account());
        model.addAttribute("openSessions", openSessions(user.getUsername()).size());
        model.addAttribute("oidc", user.getIdToken() != null);
        return "account/account";
    }

    /** Ends every session of the person, on every device and every instance, then this one. */
    @PostMapping("/compte/deconnexion-partout")
    String signOutEverywhere(
            @AuthenticationPrincipal SignedInUser user,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            openSessions(user.getUsername()).keySet().forEach(repository::deleteById);
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?deconnecte";
    }

    private Map<String, ? extends Session> openSessions(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        return repository == null ? Map.of() : repository.findByPrincipalName(username);
    }
}
