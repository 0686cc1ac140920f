package fr.cpts.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form is processed by Spring Security. Lists the demo accounts when they are loaded. */
@Controller
class LoginController {

    private final boolean demoData;

    LoginController(@Value("${cpts.demo-data.enabled:false}") boolean demoData) {
        this.demoData = demoData;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", demoData);
        return "login";
    }
}
