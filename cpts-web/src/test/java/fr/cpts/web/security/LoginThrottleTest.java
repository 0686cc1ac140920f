package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.SignInFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");

    private final InMemoryFailures failures = new InMemoryFailures();
    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(
            failures, clock, 3, 5, 8, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));

    @Test
    void slowsDownALoginGuessedFromOneAddressWhateverTheCaseOfTheLogin() {
        throttle.recordFailure("porteur", "10.0.0.1");
        throttle.recordFailure("PORTEUR", "10.0.0.1");
        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).isEmpty();

        throttle.recordFailure(" Porteur ", "10.0.0.1");

        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).contains(START.plusSeconds(30));
        assertThat(throttle.blockedUntil("ars", "10.0.0.9")).isEmpty();
    }

    @Test
    void letsTheOwnerInFromAnotherAddressWhileAGuesserIsSlowedDown() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("porteur", "203.0.113.5");
        }

        assertThat(throttle.blockedUntil("porteur", "203.0.113.5")).isPresent();
        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).isEmpty();
    }

    @Test
    void doublesTheWaitAtEachFailureAfterTheAllowanceThenLetsTheNextAttemptThrough() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("porteur", "10.0.0.1");
        }
        now = START.plusSeconds(30);
        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).isEmpty();

        throttle.recordFailure("porteur", "10.0.0.1");

        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).contains(now.plusSeconds(60));
    }

    @Test
    void slowsDownAnAddressThatTriesManyLogins() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("compte" + i, "192.0.2.7");
        }

        assertThat(throttle.blockedUntil("un-autre", "192.0.2.7")).isPresent();
        assertThat(throttle.blockedUntil("un-autre", "192.0.2.8")).isEmpty();
    }

    @Test
    void slowsDownALoginGuessedFromManyAddresses() {
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure("porteur", "198.51.100." + i);
        }

        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).isPresent();
    }

    @Test
    void aSuccessfulSignInClearsTheCounterOfItsLoginAndAddress() {
        throttle.recordFailure("porteur", "10.0.0.1");
        throttle.recordFailure("porteur", "10.0.0.1");

        throttle.recordSuccess("porteur", "10.0.0.1");
        throttle.recordFailure("porteur", "10.0.0.1");
        throttle.recordFailure("porteur", "10.0.0.1");

        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).isEmpty();
    }

    @Test
    void countsAgainFromOneAfterAWindowWithoutFailures() {
        throttle.recordFailure("porteur", "10.0.0.1");
        throttle.recordFailure("porteur", "10.0.0.1");
        now = START.plus(Duration.ofHours(25));

        throttle.recordFailure("porteur", "10.0.0.1");

        assertThat(throttle.blockedUntil("porteur", "10.0.0.1")).isEmpty();
        assertThat(throttle.purge()).isZero();
    }

    /** The port as PostgreSQL keeps it (see JdbcSignInFailuresTest), in a map. */
    private static final class InMemoryFailures implements SignInFailures {

        private final Map<String, FailureCount> counts = new HashMap<>();

        @Override
        public FailureCount record(String key, Instant at, Instant windowStart) {
            return counts.merge(
                    key,
                    new FailureCount(key, 1, at),
                    (old, fresh) -> old.lastFailureAt().isAfter(windowStart)
                            ? new FailureCount(key, old.failures() + 1, at)
                            : fresh);
        }

        @Override
        public List<FailureCount> of(Set<String> keys, Instant windowStart) {
            return keys.stream()
                    .map(counts::get)
                    .filter(count -> count != null && count.lastFailureAt().isAfter(windowStart))
                    .toList();
        }

        @Override
        public void forget(String key) {
            counts.remove(key);
        }

        @Override
        public int purgeBefore(Instant windowStart) {
            int before = counts.size();
            counts.values().removeIf(count -> !count.lastFailureAt().isAfter(windowStart));
            return before - counts.size();
        }
    }
}
