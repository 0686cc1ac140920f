/**
 * The yearly review of an ACI contract (revue annuelle) as its three parties work on it: the porteur opens each
 * contract year once it has started, declares every indicator with a comment and evidence, files the declaration;
 * the CPAM officer of the CPTS's département accepts or adjusts each indicator (with a reason), may ask for
 * corrections, and closes the review, which issues the year's payment statement (relevé de paiement) as an archived
 * PDF with its SHA-256; the ARS officer follows it read-only. On an open review each party may try other values
 * (simulation) without saving anything. The use cases are one class per party and intent
 * ({@link fr.cpts.web.review.ReviewDeclaration}, {@link fr.cpts.web.review.ReviewExamination},
 * {@link fr.cpts.web.review.CrisisRecording}, {@link fr.cpts.web.review.ReviewQueries}); every identifier read from
 * an address is checked against the person's scope by {@link fr.cpts.web.review.ReviewLocator}; every move publishes
 * its events, which {@link fr.cpts.web.review.ReviewJournal} journals in the same transaction.
 */
package fr.cpts.web.review;
