package fr.cpts.domain.review;

import java.util.Objects;

/** A yearly review as read from storage, with the version to give back when saving it (optimistic locking). */
public record VersionedReview(YearlyReview review, long version) {

    public VersionedReview {
        Objects.requireNonNull(review, "revue");
    }
}
