package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;

/** The CPTS opened the review of a contract year, on the contract version then in force. */
public record ReviewOpened(
        CptsId cpts, int contractYear, int contractVersion, ReviewState state, Actor actor, Instant at)
        implements ReviewEvent {}
