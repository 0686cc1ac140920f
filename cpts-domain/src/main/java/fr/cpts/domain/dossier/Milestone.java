package fr.cpts.domain.dossier;

import java.time.LocalDate;

/** One dated step of the provisional timetable (calendrier prévisionnel) of a letter of intent. */
public record Milestone(LocalDate date, String label) {

    public Milestone {
        label = label == null ? "" : label.strip();
    }

    public boolean isBlank() {
        return date == null && label.isEmpty();
    }
}
