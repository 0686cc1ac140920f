package fr.cpts.persistence.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One row of {@code dossier_milestone}. */
@Embeddable
class MilestoneEmbeddable {

    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(nullable = false, length = 500)
    String label;

    protected MilestoneEmbeddable() {}

    MilestoneEmbeddable(LocalDate dueOn, String label) {
        this.dueOn = dueOn;
        this.label = label;
    }
}
