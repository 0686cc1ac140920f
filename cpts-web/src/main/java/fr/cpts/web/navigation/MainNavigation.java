package fr.cpts.web.navigation;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Role;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The main navigation shown in the header: what each role works on, plus the public pages. */
@ControllerAdvice
class MainNavigation {

    private static final NavigationItem SIMULATOR = new NavigationItem("nav.simulator", "/simulateur");
    private static final List<NavigationItem> PUBLIC = List.of(
            new NavigationItem("nav.directory", "/annuaire"), new NavigationItem("nav.map", "/carte"), SIMULATOR);

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal SignedInUser user) {
        if (user == null) {
            return PUBLIC;
        }
        if (user.account().scope() instanceof AccessScope.NoCpts) {
            return List.of(new NavigationItem("found.title", "/porteur/nouvelle-cpts"), SIMULATOR);
        }
        if (user.account().referent()) {
            List<NavigationItem> items = new ArrayList<>(itemsFor(user.account().role()));
            items.add(items.size() - 1, new NavigationItem("nav.ars.officers", "/ars/agents"));
            return items;
        }
        return itemsFor(user.account().role());
    }

    /** The entry of the section being shown: the most specific one whose address starts the page's. */
    @ModelAttribute("currentNavigation")
    NavigationItem current(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return navigation(user).stream()
                .filter(item -> item.isCurrent(path))
                .max(Comparator.comparingInt(item -> item.href().length()))
                .orElse(null);
    }

    private static final NavigationItem DASHBOARD = new NavigationItem("nav.dashboard", "/tableau-de-bord");

    static List<NavigationItem> itemsFor(Role role) {
        return switch (role) {
            case PORTEUR ->
                List.of(
                        new NavigationItem("nav.porteur.home", "/porteur"),
                        DASHBOARD,
                        new NavigationItem("nav.porteur.territory", "/porteur/cpts/territoire"),
                        new NavigationItem("nav.porteur.profile", "/porteur/cpts/fiche"),
                        new NavigationItem("nav.porteur.letterOfIntent", "/porteur/dossiers/lettre-intention"),
                        new NavigationItem("nav.porteur.healthProject", "/porteur/dossiers/projet-sante"),
                        new NavigationItem("nav.porteur.contract", "/porteur/contrat"),
                        new NavigationItem("nav.porteur.reviews", "/porteur/contrat/revues"),
                        new NavigationItem("nav.porteur.assistants", "/porteur/assistants-medicaux"),
                        new NavigationItem("nav.porteur.payments", "/porteur/paiements"),
                        new NavigationItem("nav.team", "/porteur/equipe"),
                        SIMULATOR);
            case ARS_OFFICER ->
                List.of(
                        new NavigationItem("nav.ars.home", "/ars"),
                        DASHBOARD,
                        new NavigationItem("nav.ars.dossiers", "/ars/dossiers"),
                        new NavigationItem("nav.ars.coverage", "/ars/couverture"),
                        new NavigationItem("nav.ars.contracts", "/ars/contrats"),
                        new NavigationItem("nav.ars.reviews", "/ars/revues"),
                        new NavigationItem("nav.ars.assistants", "/ars/assistants-medicaux"),
                        new NavigationItem("nav.ars.payments", "/ars/paiements"),
                        SIMULATOR);
            case CPAM_OFFICER ->
                List.of(
                        new NavigationItem("nav.cpam.home", "/cpam"),
                        DASHBOARD,
                        new NavigationItem("nav.cpam.opinions", "/cpam/avis"),
                        new NavigationItem("nav.cpam.contracts", "/cpam/contrats"),
                        new NavigationItem("nav.cpam.reviews", "/cpam/revues"),
                        new NavigationItem("nav.cpam.assistants", "/cpam/assistants-medicaux"),
                        new NavigationItem("nav.cpam.payments", "/cpam/paiements"),
                        SIMULATOR);
            case ADMINISTRATOR ->
                List.of(
                        new NavigationItem("nav.admin.home", "/admin"),
                        DASHBOARD,
                        new NavigationItem("nav.admin.cpts", "/admin/cpts"),
                        new NavigationItem("nav.admin.payments", "/admin/paiements"),
                        SIMULATOR);
        };
    }
}
