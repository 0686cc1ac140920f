package fr.cpts.web.site;

import fr.cpts.web.security.SessionOrCookieCsrfTokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The footer's pages, public: legal notice, personal data, cookies, accessibility statement, site map. */
@Controller
class SitePagesController {

    private final SiteOperator operator;

    SitePagesController(SiteOperator operator) {
        this.operator = operator;
    }

    @ModelAttribute("operator")
    SiteOperator operator() {
        return operator;
    }

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "site/legal-notice";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "site/personal-data";
    }

    @GetMapping("/gestion-des-cookies")
    String cookies(Model model) {
        model.addAttribute("csrfCookie", SessionOrCookieCsrfTokens.COOKIE);
        return "site/cookies";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "site/accessibility";
    }

    @GetMapping("/plan-du-site")
    String siteMap() {
        return "site/site-map";
    }
}
