package fr.cpts.domain.account;

import fr.cpts.domain.shared.DomainException;
import java.util.Arrays;

/**
 * The professions a porteur states when signing up: the health professions that found CPTS (code de la santé
 * publique, quatrième partie), and the coordinators who are not health professionals.
 */
public enum HealthProfession {
    MEDECIN_GENERALISTE("Médecin généraliste"),
    MEDECIN_SPECIALISTE("Médecin spécialiste"),
    INFIRMIER("Infirmier ou infirmière"),
    PHARMACIEN("Pharmacien ou pharmacienne"),
    MASSEUR_KINESITHERAPEUTE("Masseur-kinésithérapeute"),
    SAGE_FEMME("Sage-femme"),
    CHIRURGIEN_DENTISTE("Chirurgien-dentiste"),
    ORTHOPHONISTE("Orthophoniste"),
    ORTHOPTISTE("Orthoptiste"),
    PEDICURE_PODOLOGUE("Pédicure-podologue"),
    PSYCHOLOGUE("Psychologue"),
    DIETETICIEN("Diététicien ou diététicienne"),
    BIOLOGISTE("Biologiste médical"),
    COORDINATEUR("Coordinateur ou coordinatrice de CPTS"),
    AUTRE("Autre profession");

    private final String label;

    HealthProfession(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The profession chosen in a form, by its name; refused with the field named. */
    public static HealthProfession chosen(String typed) {
        String name = typed == null ? "" : typed.strip();
        return Arrays.stream(values())
                .filter(profession -> profession.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new DomainException("Profession : choisissez votre profession dans la liste."));
    }
}
