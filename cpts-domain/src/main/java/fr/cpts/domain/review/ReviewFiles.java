package fr.cpts.domain.review;

import java.util.List;

/**
 * What is filed with a yearly review, as its page lists it: the evidence (without its bytes), in the order it was
 * attached, and whether the payment statement was issued.
 */
public record ReviewFiles(List<ReviewEvidence> evidence, boolean statementIssued) {

    public ReviewFiles {
        evidence = List.copyOf(evidence);
    }
}
