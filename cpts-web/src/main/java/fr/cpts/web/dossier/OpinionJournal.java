package fr.cpts.web.dossier;

import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.shared.FrenchDates;
import java.util.ArrayList;
import java.util.List;

/** What the journal keeps of an opinion asked or given: the body, the day it is expected, what it concludes. */
final class OpinionJournal {

    private OpinionJournal() {}

    static List<FieldChange> asked(OpinionRequest request) {
        List<FieldChange> changes = new ArrayList<>(
                List.of(new FieldChange("opinionBody", null, request.body().label())));
        request.dueOn().ifPresent(due -> changes.add(new FieldChange("opinionDueOn", null, FrenchDates.day(due))));
        return changes;
    }

    static List<FieldChange> given(OpinionRequest request) {
        List<FieldChange> changes = new ArrayList<>(
                List.of(new FieldChange("opinionBody", null, request.body().label())));
        request.verdict().ifPresent(verdict -> changes.add(new FieldChange("opinionVerdict", null, verdict.label())));
        return changes;
    }
}
