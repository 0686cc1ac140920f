package fr.cpts.web.security;

import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** « Mot de passe oublié » on the login page, and the page the link leads to. Public. */
@Controller
class PasswordResetController {

    private static final String SENT = "Si un compte correspond à cette adresse, un courriel vient de lui être envoyé "
            + "avec un lien valable une heure pour choisir un nouveau mot de passe.";

    private final PasswordReset reset;
    private final MailRequestThrottle throttle;

    PasswordResetController(PasswordReset reset, MailRequestThrottle throttle) {
        this.reset = reset;
        this.throttle = throttle;
    }

    @GetMapping("/mot-de-passe-oublie")
    String form() {
        return "account/forgotten";
    }

    @PostMapping("/mot-de-passe-oublie")
    String request(
            @RequestParam(name = "email", defaultValue = "") String email,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        try {
            throttle.count(http.getRemoteAddr());
            reset.request(
                    email,
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
            redirect.addFlashAttribute("success", SENT);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/mot-de-passe-oublie";
    }

    @GetMapping("/mot-de-passe/nouveau")
    String chooseForm(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", reset.usernameFor(token).isPresent());
        model.addAttribute("passwordRules", PasswordRules.describe());
        return "account/reset";
    }

    @PostMapping("/mot-de-passe/nouveau")
    String choose(
            @RequestParam(name = "jeton", defaultValue = "") String token,
            @RequestParam(name = "newPassword", defaultValue = "") String chosen,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation,
            RedirectAttributes redirect) {
        try {
            reset.reset(token, chosen, confirmation);
            return "redirect:/login?motdepasse";
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/mot-de-passe/nouveau")
                            .queryParam("jeton", token)
                            .encode()
                            .build()
                            .toUriString();
        }
    }
}
