package fr.cpts.web.review;

import fr.cpts.domain.review.ReviewState;
import java.time.LocalDate;

/**
 * One year of the contract in force on the porteur's list: its period (from the anniversary of the signature to the
 * day before the next), its review's state if it was opened, and whether it may be opened now.
 */
public record ReviewYearRow(int year, LocalDate start, LocalDate end, ReviewState state, boolean started) {

    public boolean opened() {
        return state != null;
    }

    public boolean openable() {
        return state == null && started;
    }

    public boolean closed() {
        return state == ReviewState.CLOSED;
    }
}
