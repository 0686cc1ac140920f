package fr.cpts.web.dashboard;

import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** « Tableau de bord », for every signed-in person, over their own scope. */
@Controller
class DashboardController {

    private final DashboardQueries dashboards;

    DashboardController(DashboardQueries dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/tableau-de-bord")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("dashboard", dashboards.of(user.account()));
        return "dashboard/dashboard";
    }
}
