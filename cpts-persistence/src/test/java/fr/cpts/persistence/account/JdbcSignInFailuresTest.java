package fr.cpts.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.SignInFailures;
import fr.cpts.domain.account.SignInFailures.FailureCount;
import fr.cpts.persistence.PersistenceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceTest
class JdbcSignInFailuresTest {

    private static final Instant T = Instant.parse("2026-12-02T08:00:00Z");
    private static final Instant WINDOW_START = T.minus(Duration.ofHours(24));

    @Autowired
    SignInFailures failures;

    @Test
    void countsTheFailuresOfAKeyWithinTheWindowAndRestartsAfterIt() {
        failures.record("compte:a", T, WINDOW_START);
        FailureCount second = failures.record("compte:a", T.plusSeconds(5), WINDOW_START);
        assertThat(second).isEqualTo(new FailureCount("compte:a", 2, T.plusSeconds(5)));

        Instant muchLater = T.plus(Duration.ofDays(2));
        FailureCount restarted = failures.record("compte:a", muchLater, muchLater.minus(Duration.ofHours(24)));

        assertThat(restarted.failures()).isOne();
    }

    @Test
    void readsOnlyTheAskedKeysWithinTheWindow() {
        failures.record("compte:b", T, WINDOW_START);
        failures.record("adresse:10.0.0.2", T.minus(Duration.ofDays(3)), WINDOW_START.minus(Duration.ofDays(3)));
        failures.record("compte:autre", T, WINDOW_START);

        assertThat(failures.of(Set.of("compte:b", "adresse:10.0.0.2"), WINDOW_START))
                .extracting(FailureCount::key)
                .containsExactly("compte:b");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void countsEveryFailureOfConcurrentSignInsOnOneKey() throws Exception {
        String key = "compte:concurrent-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<FailureCount>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> failures.record(key, T, WINDOW_START));
        }
        pool.invokeAll(attempts);
        pool.shutdown();

        List<FailureCount> counted = failures.of(Set.of(key), WINDOW_START);
        failures.forget(key);

        assertThat(counted).singleElement().extracting(FailureCount::failures).isEqualTo(40);
    }

    @Test
    void forgetsAKeyAndPurgesTheCountersPastTheirWindow() {
        failures.record("compte:d", T, WINDOW_START);
        failures.record("compte:e", T.minus(Duration.ofDays(2)), WINDOW_START.minus(Duration.ofDays(2)));

        failures.forget("compte:d");
        int purged = failures.purgeBefore(WINDOW_START);

        assertThat(failures.of(Set.of("compte:d", "compte:e"), WINDOW_START.minus(Duration.ofDays(3))))
                .isEmpty();
        assertThat(purged).isGreaterThanOrEqualTo(1);
    }
}
