package fr.cpts.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The failed sign-ins counted per key (a login, an address, or the two together), shared by every instance of the
 * platform and never evicted: a counter ends when its key has had no failure for a whole window, or on a success.
 */
public interface SignInFailures {

    /**
     * Counts a failure at {@code at}: the count goes on if the key's last failure is after {@code windowStart},
     * else starts again at one.
     */
    FailureCount record(String key, Instant at, Instant windowStart);

    /** The counters of these keys whose last failure is after {@code windowStart}. */
    List<FailureCount> of(Set<String> keys, Instant windowStart);

    /** Forgets a key's failures (after a successful sign-in). */
    void forget(String key);

    /** Deletes the counters whose last failure is before {@code windowStart}; returns how many. */
    int purgeBefore(Instant windowStart);

    /** A key's failures within the window, and when the last one happened. */
    record FailureCount(String key, int failures, Instant lastFailureAt) {}
}
