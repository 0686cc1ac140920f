package fr.cpts.web.review;

import fr.cpts.web.FrenchFormats;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.review.ReviewState;

import java.time.Instant;
import java.time.LocalDate;

/** A filed yearly review on an officer's list: its CPTS, year, state, since when, and whether it awaits the CPAM. */
public record OfficerReviewRow(CptsRecord cpts, int year, ReviewState state, Instant since) {

    /** Filed (or filed again) and not yet closed nor sent back: the CPAM has to examine it. */
    public boolean awaitingExamination() {
        return state == ReviewState.SUBMITTED;
    }

    /** The day, in Paris, since which the review is in its state. */
    public LocalDate sinceDay() {
        return since.atZone(FrenchFormats.PARIS).toLocalDate();
    }
}
