package fr.cpts.web.security;

import fr.cpts.domain.account.SignInDelays;
import fr.cpts.domain.account.SignInFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with growing delays, counted in PostgreSQL (shared by every instance, nothing
 * evicted): per login from one address (the owner elsewhere is not slowed down), per address (one machine trying
 * many logins), and per login from everywhere (many machines trying one login), each with its own allowance.
 * A successful sign-in clears its login-and-address counter; successful sign-ins cost nothing.
 */
@Component
public class LoginThrottle {

    /** Longer than any login the accounts accept (100), so that two logins never share a counter. */
    private static final int KEPT_LOGIN_LENGTH = 120;

    private final SignInFailures failures;
    private final Clock clock;
    private final Duration window;
    private final Map<Scope, SignInDelays> delays;

    LoginThrottle(
            SignInFailures failures,
            Clock clock,
            @Value("${cpts.login.max-failures-per-account:5}") int perAccountFromAddress,
            @Value("${cpts.login.max-failures-per-address:20}") int perAddress,
            @Value("${cpts.login.max-failures-per-account-everywhere:50}") int perAccount,
            @Value("${cpts.login.first-delay:PT30S}") Duration firstDelay,
            @Value("${cpts.login.longest-delay:PT15M}") Duration longestDelay,
            @Value("${cpts.login.failure-window:PT24H}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.window = window;
        this.delays = Map.of(
                Scope.ACCOUNT_FROM_ADDRESS, new SignInDelays(perAccountFromAddress, firstDelay, longestDelay),
                Scope.ADDRESS, new SignInDelays(perAddress, firstDelay, longestDelay),
                Scope.ACCOUNT, new SignInDelays(perAccount, firstDelay, longestDelay));
    }

    /** Until when a sign-in for this login from this address is refused without checking the password, if it is. */
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        Map<String, Scope> keys = keys(username, address);
        return failures.of(keys.keySet(), now.minus(window)).stream()
                .flatMap(count -> delays.get(keys.get(count.key())).retryAfter(count, now).stream())
                .max(Comparator.naturalOrder());
    }

    /** Counts a failed sign-in against the login from this address, the address and the login. */
    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        keys(username, address).keySet().forEach(key -> failures.record(key, now, now.minus(window)));
    }

    /** After a successful sign-in: the owner's address starts afresh (the other counters run their course). */
    public void recordSuccess(String username, String address) {
        failures.forget(Scope.ACCOUNT_FROM_ADDRESS.key(login(username), address));
    }

    /** Forgets the counters older than the window (they would restart at one anyway). */
    int purge() {
        return failures.purgeBefore(clock.instant().minus(window));
    }

    private static Map<String, Scope> keys(String username, String address) {
        String login = login(username);
        return Map.of(
                Scope.ACCOUNT_FROM_ADDRESS.key(login, address), Scope.ACCOUNT_FROM_ADDRESS,
                Scope.ADDRESS.key(login, address), Scope.ADDRESS,
                Scope.ACCOUNT.key(login, address), Scope.ACCOUNT);
    }

    private static String login(String username) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return login.length() > KEPT_LOGIN_LENGTH ? login.substring(0, KEPT_LOGIN_LENGTH) : login;
    }

    private enum Scope {
        ACCOUNT_FROM_ADDRESS,
        ADDRESS,
        ACCOUNT;

        String key(String login, String address) {
            return switch (this) {
                case ACCOUNT_FROM_ADDRESS -> "compte-adresse:" + login + "|" + address;
                case ADDRESS -> "adresse:" + address;
                case ACCOUNT -> "compte:" + login;
            };
        }
    }
}
