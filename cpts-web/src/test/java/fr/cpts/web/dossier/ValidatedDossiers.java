package fr.cpts.web.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.territory.Territory;
import fr.cpts.web.demo.DemoContents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dossiers filed and validated as the ARS would have done it, written straight through the port, for tests that need
 * a CPTS whose letter of intent or health project is validated (the demo scenario goes through the use cases).
 */
public final class ValidatedDossiers {

    private static final Logger log = LoggerFactory.getLogger(ValidatedDossiers.class);

    private ValidatedDossiers() {}

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
        letter.edit(DemoContents.letter(name, communes), porteur);
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
        project.edit(DemoContents.healthProject(), porteur);
        project.submit(porteur, from.plus(days(10)), territory, List.of());
        project.take(officer, from.plus(days(20)));
        project.validate(officer, from.plus(days(60)), List.of());
        dossiers.save(project);
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
