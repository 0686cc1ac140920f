package fr.cpts.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.SignInFailures.FailureCount;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInDelaysTest {

    private static final Instant LAST = Instant.parse("2026-12-02T08:00:00Z");
    private final SignInDelays delays = new SignInDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void letsEveryAttemptThroughBeforeTheAllowedFailures() {
        assertThat(delays.retryAfter(new FailureCount("compte:porteur", 4, LAST), LAST))
                .isEmpty();
    }

    @Test
    void makesTheKeyWaitTheFirstDelayAtTheAllowedFailure() {
        FailureCount fifth = new FailureCount("compte:porteur", 5, LAST);

        assertThat(delays.retryAfter(fifth, LAST.plusSeconds(29))).contains(LAST.plusSeconds(30));
        assertThat(delays.retryAfter(fifth, LAST.plusSeconds(30))).isEmpty();
    }

    @Test
    void doublesTheWaitAtEachFurtherFailure() {
        assertThat(delays.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delays.delayAfter(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delays.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void neverMakesTheOwnerWaitLongerThanTheLongestDelay() {
        assertThat(delays.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delays.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delays.retryAfter(new FailureCount("compte:porteur", 10_000, LAST), LAST.plusSeconds(15 * 60)))
                .isEmpty();
    }

    @Test
    void refusesAPolicyThatWouldNeverLetAnyoneIn() {
        assertThatThrownBy(() -> new SignInDelays(0, Duration.ofSeconds(30), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInDelays(5, Duration.ofMinutes(30), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
