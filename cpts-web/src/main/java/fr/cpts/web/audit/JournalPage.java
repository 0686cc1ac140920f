package fr.cpts.web.audit;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.page.Page;

/** A page of the journal of a CPTS, newest first, with the total of its entries. */
public record JournalPage(CptsRecord cpts, Page<JournalRow> entries) {}
