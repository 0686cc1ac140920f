package fr.cpts.web.account;

import fr.cpts.domain.account.HealthProfession;
import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.account.SignUp;
import fr.cpts.domain.shared.DomainException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public sign-up of a porteur (« Créer un compte ») and the page its verification link leads to. The link's
 * page asks for a click before opening the account, so that a mail client opening links ahead uses nothing.
 */
@Controller
class SignUpController {

    private final Registration registration;

    SignUpController(Registration registration) {
        this.registration = registration;
    }

    /** What the person typed, shown again when a field is refused (never the password). */
    record SignUpForm(
            String email, String firstName, String lastName, String profession, String rpps, String invitation) {}

    @GetMapping("/inscription")
    String form(@RequestParam(name = "invitation", defaultValue = "") String invitation, Model model) {
        return show(new SignUpForm("", "", "", "", "", invitation), model);
    }

    @PostMapping("/inscription")
    String signUp(
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "firstName", defaultValue = "") String firstName,
            @RequestParam(name = "lastName", defaultValue = "") String lastName,
            @RequestParam(name = "profession", defaultValue = "") String profession,
            @RequestParam(name = "rpps", defaultValue = "") String rpps,
            @RequestParam(name = "newPassword", defaultValue = "") String password,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation,
            @RequestParam(name = "terms", defaultValue = "false") String terms,
            @RequestParam(name = "invitation", defaultValue = "") String invitation,
            Model model) {
        SignUpForm typed = new SignUpForm(email, firstName, lastName, profession, rpps, invitation);
        try {
            registration.signUp(
                    SignUp.typed(email, firstName, lastName, profession, rpps),
                    password,
                    confirmation,
                    "true".equals(terms) || "on".equals(terms),
                    Optional.of(invitation),
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        } catch (DomainException refused) {
            model.addAttribute("error", refused.getMessage());
            return show(typed, model);
        }
        return "redirect:/inscription?envoye";
    }

    @GetMapping("/inscription/verification")
    String verification(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("signUp", registration.pending(token).orElse(null));
        return "account/verification";
    }

    @PostMapping("/inscription/verification")
    String verify(@RequestParam(name = "jeton", defaultValue = "") String token, RedirectAttributes redirect) {
        try {
            registration.verify(token);
            return "redirect:/login?inscrit";
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/inscription/verification";
        }
    }

    private static String show(SignUpForm typed, Model model) {
        model.addAttribute("form", typed);
        model.addAttribute("professions", HealthProfession.values());
        model.addAttribute("passwordRules", PasswordRules.describe());
        return "account/sign-up";
    }
}
