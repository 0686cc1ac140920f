package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;

/** The CPTS attached a PDF (its name and size in bytes) as evidence of one indicator. */
public record EvidenceAdded(
        CptsId cpts, int contractYear, String indicator, String filename, long size, Actor actor, Instant at)
        implements ReviewEvent {}
