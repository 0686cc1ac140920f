package fr.cpts.web.demo;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.ActionSheet;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.territory.Territory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dossiers filed and validated as the ARS would have done it, for the demo data and for tests that need a CPTS whose
 * letter of intent or health project is validated.
 */
public final class DemoDossiers {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private DemoDossiers() {}

    /** A letter of intent filed, instructed and validated from that date on; null when the CPTS already has one. */
    public static Dossier validatedLetter(
            Dossiers dossiers,
            CptsRecord record,
            Territory territory,
            Actor porteur,
            String name,
            String communes,
            Instant from,
            Actor officer) {
        if (dossiers.of(record.id(), DossierKind.LETTRE_INTENTION).isPresent()) {
            return null;
        }
        log.info("Données de démonstration : lettre d'intention validée pour la {}", record.name());
        Dossier letter = Dossier.startLetterOfIntent(record.id(), from);
        letter.edit(letter(name, communes), porteur);
        letter.submit(porteur, from.plus(days(10)), territory, List.of());
        letter.take(officer, from.plus(days(15)));
        letter.validate(officer, from.plus(days(40)), List.of());
        return dossiers.save(letter);
    }

    public static void validatedProject(
            Dossiers dossiers, CptsRecord record, Territory territory, Actor porteur, Actor officer, Instant from) {
        if (dossiers.of(record.id(), DossierKind.PROJET_SANTE).isPresent()) {
            return;
        }
        log.info("Données de démonstration : projet de santé validé pour la {}", record.name());
        Dossier project = Dossier.startHealthProject(
                dossiers.of(record.id(), DossierKind.LETTRE_INTENTION).orElseThrow(), from);
        Map<Mission, ActionSheet> sheets = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                sheets.put(
                        mission,
                        new ActionSheet(
                                "Objectifs opérationnels : " + mission.label(),
                                "Coordinateur à mi-temps, groupe de travail pluriprofessionnel",
                                "Actions détaillées dans la fiche",
                                "Démarrage dans les six mois suivant la signature",
                                "Indicateurs de l'ACI pour la mission"));
            }
        }
        project.edit(
                new HealthProject(
                        "Diagnostic territorial partagé avec l'ARS et la CPAM.",
                        "Médecins, infirmiers, pharmaciens, kinésithérapeutes, centre hospitalier, EHPAD.",
                        "Un médecin traitant pour chacun, des parcours sans rupture, la prévention au plus près.",
                        sheets,
                        "Comité de suivi semestriel, indicateurs de l'ACI.",
                        "Financement ACI et FIR d'amorçage.",
                        "Messagerie sécurisée de santé et agenda partagé des soins non programmés.",
                        "Protocole de prise en charge des plaies chroniques ; protocole AVK."),
                porteur);
        project.submit(porteur, from.plus(days(10)), territory, List.of());
        project.take(officer, from.plus(days(20)));
        project.validate(officer, from.plus(days(60)), List.of());
        dossiers.save(project);
    }

    static LetterOfIntent letter(String name, String communes) {
        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
        orientations.put(
                Mission.ACCES_SOINS,
                "Recenser les patients sans médecin traitant et organiser des "
                        + "créneaux de soins non programmés avec le SAS.");
        orientations.put(Mission.PARCOURS, "Parcours des personnes âgées fragiles entre domicile, EHPAD et hôpital.");
        orientations.put(Mission.PREVENTION, "Dépistage organisé du cancer colorectal et vaccination.");
        orientations.put(
                Mission.CRISES_SANITAIRES, "Plan de réponse aux crises sanitaires graves avec les " + "communes.");
        return new LetterOfIntent(
                "Territoire " + name + " (" + communes + ") : vieillissement de la population, "
                        + "départs en retraite de médecins généralistes, patients sans médecin traitant en hausse.",
                "Maisons de santé pluriprofessionnelles, pharmacies, infirmiers libéraux, centre hospitalier, "
                        + "EHPAD ; élus à rencontrer.",
                orientations,
                List.of(
                        new Milestone(LocalDate.of(2025, 3, 1), "Réunion des professionnels du territoire"),
                        new Milestone(LocalDate.of(2025, 6, 1), "Assemblée constitutive de l'association"),
                        new Milestone(LocalDate.of(2025, 12, 1), "Dépôt du projet de santé")));
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
