package fr.cpts.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; the form is processed by Spring Security. Offers the configured OpenID Connect providers, and
 * lists the demo accounts when they are loaded.
 */
@Controller
class LoginController {

    private final boolean demoData;
    private final List<ClientRegistration> oidcProviders = new ArrayList<>();

    LoginController(
            @Value("${cpts.demo-data.enabled:false}") boolean demoData,
            @Value("${server.address:}") String address,
            ObjectProvider<ClientRegistrationRepository> oidcProviders) {
        this.demoData = demoData && answersThisMachineOnly(address);
        if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            registrations.forEach(registration -> this.oidcProviders.add((ClientRegistration) registration));
        }
    }

    /** Whether the server listens on a loopback address only: the demo passwords are never shown to a network. */
    static boolean answersThisMachineOnly(String address) {
        try {
            return !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoAccounts", demoData);
        model.addAttribute("oidcProviders", oidcProviders);
        return "login";
    }
}
