package fr.cpts.domain.review;

import fr.cpts.domain.shared.event.DomainEvent;

/** Something that happened to the yearly review of one contract year of a CPTS. */
public sealed interface ReviewEvent extends DomainEvent
        permits ReviewOpened, IndicatorDeclared, EvidenceAdded, ReviewMoved, IndicatorAssessed, StatementIssued {

    /** 1 to 5. */
    int contractYear();
}
