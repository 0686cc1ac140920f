package fr.cpts.domain.review;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.Objects;

/** A filed yearly review as officers list it: its CPTS, contract year, state and since when it stands in it. */
public record FiledReview(CptsId cpts, String cptsName, int contractYear, ReviewState state, Instant since) {

    public FiledReview {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(since, "depuis");
    }

    /** Filed (or filed again) and not yet closed nor sent back: the CPAM has to examine it. */
    public boolean awaitingExamination() {
        return state == ReviewState.SUBMITTED;
    }
}
