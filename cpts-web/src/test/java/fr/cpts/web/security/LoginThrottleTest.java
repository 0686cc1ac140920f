package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15));

    @Test
    void blocksAnAccountAfterItsAllowanceOfFailuresWhateverTheCaseOfTheLogin() {
        throttle.recordFailure("porteur", "10.0.0.1");
        throttle.recordFailure("PORTEUR", "10.0.0.2");
        assertThat(throttle.isBlocked("porteur", "10.0.0.3")).isFalse();

        throttle.recordFailure(" Porteur ", "10.0.0.4");

        assertThat(throttle.isBlocked("porteur", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("ars", "10.0.0.9")).isFalse();
    }

    @Test
    void blocksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("compte" + i, "192.0.2.7");
        }

        assertThat(throttle.isBlocked("un-autre", "192.0.2.7")).isTrue();
        assertThat(throttle.isBlocked("un-autre", "192.0.2.8")).isFalse();
    }
}
