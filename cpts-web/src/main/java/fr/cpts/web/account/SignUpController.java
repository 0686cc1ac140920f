package fr.cpts.web.account;

import fr.cpts.domain.account.HealthProfession;
import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.account.SignUp;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.security.MailRequestThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
 * page asks for a click before opening the account, so that a mail client opening links ahead uses nothing. After a
 * Pro Santé Connect sign-in of an unknown identity, the same form comes pre-filled from it, without a password.
 */
@Controller
class SignUpController {

    private final Registration registration;
    private final MailRequestThrottle throttle;

    SignUpController(Registration registration, MailRequestThrottle throttle) {
        this.registration = registration;
        this.throttle = throttle;
    }

    /** What the person typed, shown again when a field is refused (never the password). */
    record SignUpForm(
            String email, String firstName, String lastName, String profession, String rpps, String invitation) {}

    @GetMapping("/inscription")
    String form(
            @RequestParam(name = "invitation", defaultValue = "") String invitation, HttpSession session, Model model) {
        ProSanteConnectIdentity identity = vouched(session);
        return show(
                identity == null
                        ? new SignUpForm("", "", "", "", "", invitation)
                        : new SignUpForm(
                                identity.email(),
                                identity.firstName(),
                                identity.lastName(),
                                "",
                                identity.rpps(),
                                invitation),
                identity,
                model);
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
            HttpServletRequest http,
            Model model) {
        ProSanteConnectIdentity identity = vouched(http.getSession(false));
        if (identity != null) {
            return signUpVouched(identity, firstName, lastName, profession, rpps, terms, http, model);
        }
        SignUpForm typed = new SignUpForm(email, firstName, lastName, profession, rpps, invitation);
        try {
            throttle.count(http.getRemoteAddr());
            registration.signUp(
                    SignUp.typed(email, firstName, lastName, profession, rpps),
                    password,
                    confirmation,
                    accepted(terms),
                    Optional.of(invitation),
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        } catch (DomainException refused) {
            model.addAttribute("error", refused.getMessage());
            return show(typed, null, model);
        }
        return "redirect:/inscription?envoye";
    }

    /** The sign-up of an identity Pro Santé Connect vouched for: its address, no password, the account opened at once. */
    private String signUpVouched(
            ProSanteConnectIdentity identity,
            String firstName,
            String lastName,
            String profession,
            String rpps,
            String terms,
            HttpServletRequest http,
            Model model) {
        try {
            registration.signUpVouched(
                    SignUp.typed(identity.email(), firstName, lastName, profession, rpps), accepted(terms));
        } catch (DomainException refused) {
            model.addAttribute("error", refused.getMessage());
            return show(new SignUpForm(identity.email(), firstName, lastName, profession, rpps, ""), identity, model);
        }
        http.getSession().removeAttribute(ProSanteConnectIdentity.SESSION_ATTRIBUTE);
        return "redirect:/login?inscrit-psc";
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

    private static boolean accepted(String terms) {
        return "true".equals(terms) || "on".equals(terms);
    }

    private static ProSanteConnectIdentity vouched(HttpSession session) {
        return session == null
                ? null
                : session.getAttribute(ProSanteConnectIdentity.SESSION_ATTRIBUTE)
                                instanceof ProSanteConnectIdentity identity
                        ? identity
                        : null;
    }

    private static String show(SignUpForm typed, ProSanteConnectIdentity identity, Model model) {
        model.addAttribute("form", typed);
        model.addAttribute("vouched", identity != null);
        model.addAttribute("professions", HealthProfession.values());
        model.addAttribute("passwordRules", PasswordRules.describe());
        return "account/sign-up";
    }
}
