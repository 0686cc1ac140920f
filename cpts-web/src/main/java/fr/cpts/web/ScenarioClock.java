package fr.cpts.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The platform's one clock: the real time, except inside {@link #at(Instant, Supplier)}, where the calling thread
 * (and it only) reads the instant it was given. The demo scenario stands on past dates this way, so that what it
 * does through the services is dated as it would have been (filed, decided, signed on those days); a request served
 * meanwhile on another thread reads the real time.
 */
public final class ScenarioClock extends Clock {

    private final Clock real;
    private final ThreadLocal<Instant> standing = new ThreadLocal<>();

    ScenarioClock(Clock real) {
        this.real = Objects.requireNonNull(real);
    }

    /** Runs {@code work} with this thread's time standing at {@code instant}, then gives the real time back. */
    public <T> T at(Instant instant, Supplier<T> work) {
        Instant before = standing.get();
        standing.set(Objects.requireNonNull(instant));
        try {
            return work.get();
        } finally {
            if (before == null) {
                standing.remove();
            } else {
                standing.set(before);
            }
        }
    }

    /** As {@link #at(Instant, Supplier)}, for work that returns nothing. */
    public void at(Instant instant, Runnable work) {
        at(instant, () -> {
            work.run();
            return null;
        });
    }

    /** The real time, whatever this thread stands on. */
    public Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        Instant instant = standing.get();
        return instant != null ? instant : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // the platform reads instants and converts them to Paris time itself; a zoned copy keeps standing
        return new Zoned(this, zone);
    }

    private static final class Zoned extends Clock {

        private final ScenarioClock clock;
        private final ZoneId zone;

        Zoned(ScenarioClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(clock, other);
        }
    }
}
