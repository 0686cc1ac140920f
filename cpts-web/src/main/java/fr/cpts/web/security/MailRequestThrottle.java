package fr.cpts.web.security;

import fr.cpts.domain.account.SignInFailures;
import fr.cpts.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the public forms that send a mail (« Mot de passe oublié », « Créer un compte ») per network address:
 * at most {@code cpts.mail-requests.per-address-per-hour} requests an hour from one address, counted in PostgreSQL
 * for every instance (the counters of the sign-in throttle, under their own key). Beyond it, the request is refused
 * with the same words whatever the address typed, so that the refusal tells nothing about accounts.
 */
@Component
public class MailRequestThrottle {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final SignInFailures counters;
    private final Clock clock;
    private final int perHour;

    MailRequestThrottle(
            SignInFailures counters, Clock clock, @Value("${cpts.mail-requests.per-address-per-hour:20}") int perHour) {
        this.counters = counters;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Counts one request from that network address; refused beyond the hour's allowance. */
    public void count(String networkAddress) {
        Instant now = clock.instant();
        if (counters.record("courriel-adresse:" + networkAddress, now, now.minus(WINDOW))
                        .failures()
                > perHour) {
            throw new DomainException(
                    "Trop de demandes depuis votre connexion : pour votre sécurité, réessayez dans " + "une heure.");
        }
    }
}
