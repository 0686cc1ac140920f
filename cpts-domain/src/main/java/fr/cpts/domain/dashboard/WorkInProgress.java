package fr.cpts.domain.dashboard;

/**
 * What waits in a scope: contracts with a mission date passed (late) or due within 30 days; yearly reviews waiting for
 * the CPTS (draft or corrections requested) and for the CPAM (filed); payment orders suspended.
 */
public record WorkInProgress(
        long contractsLate,
        long contractsDueSoon,
        long reviewsAwaitingCpts,
        long reviewsAwaitingCpam,
        long ordersSuspended) {}
