package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.SignInFailures;
import fr.cpts.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public mail-sending forms, bounded per network address and per hour, against in-memory counters. */
class MailRequestThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final InMemoryCounters counters = new InMemoryCounters();

    @Test
    void anAddressMayAskThreeTimesAnHourThenIsRefusedInFrenchWhileAnotherIsNot() {
        MailRequestThrottle throttle = new MailRequestThrottle(counters, Clock.fixed(NOW, ZoneOffset.UTC), 3);
        for (int request = 1; request <= 3; request++) {
            throttle.count("203.0.113.7");
        }

        assertThatThrownBy(() -> throttle.count("203.0.113.7"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("réessayez dans une heure");
        assertThatCode(() -> throttle.count("198.51.100.2")).doesNotThrowAnyException();
    }

    @Test
    void theCountStartsAgainAfterAnHourWithoutRequest() {
        new MailRequestThrottle(counters, Clock.fixed(NOW, ZoneOffset.UTC), 1).count("203.0.113.7");

        assertThatCode(() -> new MailRequestThrottle(counters, Clock.fixed(NOW.plusSeconds(3601), ZoneOffset.UTC), 1)
                        .count("203.0.113.7"))
                .doesNotThrowAnyException();
    }

    /** Counters as PostgreSQL keeps them: a count goes on while its last one is inside the window. */
    private static final class InMemoryCounters implements SignInFailures {

        private final Map<String, FailureCount> counts = new HashMap<>();

        @Override
        public FailureCount record(String key, Instant at, Instant windowStart) {
            FailureCount before = counts.get(key);
            int failures = before == null || !before.lastFailureAt().isAfter(windowStart) ? 1 : before.failures() + 1;
            FailureCount now = new FailureCount(key, failures, at);
            counts.put(key, now);
            return now;
        }

        @Override
        public List<FailureCount> of(Set<String> keys, Instant windowStart) {
            return keys.stream().map(counts::get).filter(count -> count != null).toList();
        }

        @Override
        public void forget(String key) {
            counts.remove(key);
        }

        @Override
        public int purgeBefore(Instant windowStart) {
            return 0;
        }
    }
}
