package fr.cpts.web.navigation;

import fr.cpts.domain.account.Role;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** The main navigation shown in the header: what each role works on, plus the public pages. */
@ControllerAdvice
class MainNavigation {

    private static final NavigationItem SIMULATOR = new NavigationItem("nav.simulator", "/simulateur");

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return List.of(SIMULATOR);
        }
        return itemsFor(user.account().role());
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static List<NavigationItem> itemsFor(Role role) {
        return switch (role) {
            case PORTEUR -> List.of(new NavigationItem("nav.porteur.home", "/porteur"), SIMULATOR);
            case ARS_OFFICER -> List.of(new NavigationItem("nav.ars.home", "/ars"), SIMULATOR);
            case CPAM_OFFICER -> List.of(new NavigationItem("nav.cpam.home", "/cpam"), SIMULATOR);
            case ADMINISTRATOR -> List.of(new NavigationItem("nav.admin.home", "/admin"), SIMULATOR);
        };
    }
}
