package fr.cpts.domain.account;

import fr.cpts.domain.account.SignInFailures.FailureCount;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a key waits after too many failed sign-ins: from the {@code allowed}-th failure, the next attempt is
 * accepted only after {@code firstDelay}, doubled at each further failure, up to {@code longestDelay}. A guesser is
 * slowed down more and more; the owner of the account is never locked out for longer than {@code longestDelay}.
 */
public record SignInDelays(int allowed, Duration firstDelay, Duration longestDelay) {

    public SignInDelays {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(longestDelay);
        if (allowed < 1 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "Délais de connexion incohérents : " + allowed + ", " + firstDelay + ", " + longestDelay);
        }
    }

    /** When the next attempt is accepted, if the key must wait at {@code now}. */
    public Optional<Instant> retryAfter(FailureCount count, Instant now) {
        if (count.failures() < allowed) {
            return Optional.empty();
        }
        Instant retry = count.lastFailureAt().plus(delayAfter(count.failures()));
        return retry.isAfter(now) ? Optional.of(retry) : Optional.empty();
    }

    /** The wait after the {@code failures}-th failure (at least {@code allowed}). */
    Duration delayAfter(int failures) {
        int doublings = failures - allowed;
        if (doublings >= 30) {
            return longestDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) < 0 ? delay : longestDelay;
    }
}
