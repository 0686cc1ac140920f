package fr.cpts.web.review;

import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.review.ReviewConflict;
import fr.cpts.domain.review.ReviewFiles;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A yearly review found in a person's scope, with its CPTS, the contract version it reviews and the day each of its
 * missions starts for its payments, and what is filed with it when it was read for its page.
 */
record LocatedReview(
        CptsRecord cpts,
        VersionedReview stored,
        SignedContract contract,
        MissionStarts starts,
        Optional<ReviewFiles> files) {

    YearlyReview review() {
        return stored.review();
    }

    long version() {
        return stored.version();
    }

    int year() {
        return stored.review().contractYear();
    }

    /** Refuses a change made from a version someone else has changed since. */
    void requireVersion(long readVersion) {
        if (version() != readVersion) {
            throw new ReviewConflict();
        }
    }

    /** The first day of the reviewed contract year. */
    LocalDate yearStart() {
        return ReviewLocator.yearStart(contract, year());
    }

    /** The last day of the reviewed contract year. */
    LocalDate yearEnd() {
        return ReviewLocator.yearStart(contract, year() + 1).minusDays(1);
    }
}
