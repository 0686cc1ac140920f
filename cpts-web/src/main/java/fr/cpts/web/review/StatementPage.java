package fr.cpts.web.review;

import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.document.StatementDocument;
import java.time.Instant;

/**
 * The payment statement of a closed review as a page: the review, the statement's lines as the archived PDF shows them,
 * every amount's explanation, and the archived PDF's name, size and SHA-256.
 */
public record StatementPage(
        ReviewPage review,
        StatementDocument document,
        PaymentStatement statement,
        String filename,
        long size,
        String sha256,
        Instant generatedAt) {}
