package fr.cpts.persistence.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One row of {@code dossier_mission}: a letter's orientation or a project's fiche action for one mission. */
@Embeddable
class MissionTextEmbeddable {

    @Column(nullable = false)
    String orientation = "";

    @Column(name = "operational_objectives", nullable = false)
    String operationalObjectives = "";

    @Column(nullable = false)
    String means = "";

    @Column(nullable = false)
    String actions = "";

    @Column(nullable = false)
    String calendar = "";

    @Column(nullable = false)
    String indicators = "";
}
