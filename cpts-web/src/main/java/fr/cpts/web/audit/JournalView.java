package fr.cpts.web.audit;

import fr.cpts.domain.cpts.CptsRecord;
import java.util.List;

/** The journal of a CPTS, newest first. */
public record JournalView(CptsRecord cpts, List<JournalRow> rows) {}
