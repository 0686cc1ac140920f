package fr.cpts.web.navigation;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The main navigation shown in the header (what each role works on, plus the public pages) and the breadcrumb's
 * trail of the page being shown. A porteur's steps that their CPTS has not reached yet are shown locked.
 */
@ControllerAdvice
class MainNavigation {

    private static final NavigationItem SIMULATOR = new NavigationItem("nav.simulator", "/simulateur");
    private static final MainMenu PUBLIC = new MainMenu(
            List.of(
                    new NavigationItem("nav.directory", "/annuaire"),
                    new NavigationItem("nav.map", "/carte"),
                    new NavigationItem("nav.diagnostic", "/diagnostic"),
                    SIMULATOR),
            new NavigationItem("nav.home", "/"));
    private static final NavigationItem DASHBOARD = new NavigationItem("nav.dashboard", "/tableau-de-bord");

    private final CptsRecords records;

    MainNavigation(CptsRecords records) {
        this.records = records;
    }

    /**
     * The person's menu, the entry of the section shown and the breadcrumb's trail, read only when a template renders
     * them (Thymeleaf lazy variables): a JSON answer, a redirect or a file costs no statement for them.
     */
    @ModelAttribute
    void navigation(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        String path = path(request);
        LazyContextVariable<MainMenu> menu = lazy(() -> menuOf(user));
        model.addAttribute("navigation", menu);
        model.addAttribute(
                "currentNavigation", lazy(() -> menu.getValue().current(path).orElse(null)));
        model.addAttribute("trail", lazy(() -> menu.getValue().trail(path)));
    }

    private MainMenu menuOf(SignedInUser user) {
        if (user == null) {
            return PUBLIC;
        }
        if (user.account().scope() instanceof AccessScope.NoCpts) {
            return MainMenu.of(List.of(new NavigationItem("found.title", "/porteur/nouvelle-cpts"), SIMULATOR));
        }
        if (user.account().scope() instanceof AccessScope.OwnCpts own) {
            return MainMenu.of(
                    porteur(records.byId(own.cpts()).map(cpts -> cpts.stage()).orElse(CptsStage.INITIATIVE)));
        }
        if (user.account().referent()) {
            List<NavigationItem> items = new ArrayList<>(itemsFor(user.account().role()));
            items.add(items.size() - 1, new NavigationItem("nav.ars.officers", "/ars/agents"));
            return MainMenu.of(items);
        }
        return MainMenu.of(itemsFor(user.account().role()));
    }

    /** A value computed once, when a template first reads it. */
    private static <T> LazyContextVariable<T> lazy(Supplier<T> value) {
        return new LazyContextVariable<>() {
            @Override
            protected T loadValue() {
                return value.get();
            }
        };
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The porteur's navigation, grouped as they work: their CPTS, its dossiers, its contract. */
    static List<NavigationItem> porteur(CptsStage stage) {
        NavigationItem healthProject =
                new NavigationItem("nav.porteur.healthProject", "/porteur/dossiers/projet-sante");
        NavigationItem contract = new NavigationItem("nav.porteur.contract", "/porteur/contrat");
        NavigationItem reviews = new NavigationItem("nav.porteur.reviews", "/porteur/contrat/revues");
        boolean projectOpen = stage.compareTo(CptsStage.PROJET_SANTE) >= 0;
        boolean contractOpen = stage.compareTo(CptsStage.CONTRAT_ACI) >= 0;
        return List.of(
                new NavigationItem("nav.home", "/porteur"),
                NavigationItem.group(
                        "nav.porteur.home",
                        new NavigationItem("nav.porteur.territory", "/porteur/cpts/territoire"),
                        new NavigationItem("nav.porteur.profile", "/porteur/cpts/fiche"),
                        new NavigationItem("nav.team", "/porteur/equipe"),
                        new NavigationItem("nav.porteur.journal", "/porteur/journal"),
                        DASHBOARD),
                NavigationItem.group(
                        "nav.porteur.dossiers",
                        new NavigationItem("nav.porteur.letterOfIntent", "/porteur/dossiers/lettre-intention"),
                        projectOpen ? healthProject : healthProject.lockedBecause("nav.locked.healthProject")),
                NavigationItem.group(
                        "nav.porteur.contractGroup",
                        contractOpen ? contract : contract.lockedBecause("nav.locked.contract"),
                        contractOpen ? reviews : reviews.lockedBecause("nav.locked.reviews"),
                        new NavigationItem("nav.porteur.payments", "/porteur/paiements")),
                new NavigationItem("nav.porteur.assistants", "/porteur/assistants-medicaux"),
                SIMULATOR);
    }

    static List<NavigationItem> itemsFor(Role role) {
        return switch (role) {
            case PORTEUR -> porteur(CptsStage.REVUE_ANNUELLE);
            case ARS_OFFICER ->
                List.of(
                        new NavigationItem("nav.ars.home", "/ars"),
                        DASHBOARD,
                        new NavigationItem("nav.ars.dossiers", "/ars/dossiers"),
                        new NavigationItem("nav.ars.coverage", "/ars/couverture"),
                        new NavigationItem("nav.ars.diagnostic", "/ars/diagnostic"),
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
                        new NavigationItem("nav.admin.diagnostic", "/admin/diagnostic"),
                        new NavigationItem("nav.admin.payments", "/admin/paiements"),
                        SIMULATOR);
        };
    }
}
