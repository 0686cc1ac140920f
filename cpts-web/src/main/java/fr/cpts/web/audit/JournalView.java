package fr.cpts.web.audit;

import fr.cpts.domain.cpts.CptsRecord;
import java.util.List;

/** The whole journal of a CPTS, newest first (its CSV export). */
public record JournalView(CptsRecord cpts, List<JournalRow> rows) {}
