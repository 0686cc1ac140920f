package fr.cpts.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins for one account, or from one address, within a
 * window, further attempts are refused until the window refills. Successful sign-ins cost nothing.
 * Counters live in this instance's memory (at most {@value #MAX_TRACKED} keys, oldest forgotten first).
 */
@Component
public class LoginThrottle {

    static final int MAX_TRACKED = 10_000;

    private final Bandwidth perAccount;
    private final Bandwidth perAddress;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED;
        }
    });

    LoginThrottle(
            @Value("${cpts.login.max-failures-per-account:5}") int perAccount,
            @Value("${cpts.login.max-failures-per-address:20}") int perAddress,
            @Value("${cpts.login.failure-window:PT15M}") Duration window) {
        this.perAccount = Bandwidth.builder()
                .capacity(perAccount)
                .refillGreedy(perAccount, window)
                .build();
        this.perAddress = Bandwidth.builder()
                .capacity(perAddress)
                .refillGreedy(perAddress, window)
                .build();
    }

    /** Whether a sign-in for this login from this address must be refused without checking the password. */
    public boolean isBlocked(String username, String address) {
        return accountBucket(username).getAvailableTokens() <= 0
                || addressBucket(address).getAvailableTokens() <= 0;
    }

    /** Counts a failed sign-in against the account and the address. */
    public void recordFailure(String username, String address) {
        accountBucket(username).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    private Bucket accountBucket(String username) {
        String key = "compte:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        return buckets.computeIfAbsent(
                key, k -> Bucket.builder().addLimit(perAccount).build());
    }

    private Bucket addressBucket(String address) {
        return buckets.computeIfAbsent(
                "adresse:" + address, k -> Bucket.builder().addLimit(perAddress).build());
    }
}
