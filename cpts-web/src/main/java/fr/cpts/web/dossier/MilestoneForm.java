package fr.cpts.web.dossier;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One line of the provisional timetable as typed: a date (from a date field, or JJ/MM/AAAA) and what happens then. */
public class MilestoneForm {

    // a date field sends AAAA-MM-JJ; a person typing without one writes JJ/MM/AAAA
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
    private LocalDate date;

    @Size(max = 500, message = "Le libellé d'une étape ne peut pas dépasser 500 caractères.")
    private String label = "";

    public MilestoneForm() {}

    MilestoneForm(LocalDate date, String label) {
        this.date = date;
        this.label = label;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
