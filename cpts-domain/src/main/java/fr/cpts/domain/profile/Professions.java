package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;
import java.util.List;
import java.util.Optional;

/**
 * The health professions a CPTS member may exercise (professions de santé of the code de la santé publique, fourth
 * part, and the medical specialties most often met in CPTS), as data: add one here, nothing else changes.
 */
public final class Professions {

    public static final List<Profession> ALL = List.of(
            new Profession("MEDECIN_GENERALISTE", "Médecin généraliste"),
            new Profession("MEDECIN_SPECIALISTE", "Médecin spécialiste"),
            new Profession("PEDIATRE", "Pédiatre"),
            new Profession("PSYCHIATRE", "Psychiatre"),
            new Profession("INFIRMIER", "Infirmier ou infirmière"),
            new Profession("INFIRMIER_PRATIQUE_AVANCEE", "Infirmier ou infirmière en pratique avancée"),
            new Profession("PHARMACIEN", "Pharmacien ou pharmacienne"),
            new Profession("MASSEUR_KINESITHERAPEUTE", "Masseur-kinésithérapeute"),
            new Profession("SAGE_FEMME", "Sage-femme"),
            new Profession("CHIRURGIEN_DENTISTE", "Chirurgien-dentiste"),
            new Profession("ORTHOPHONISTE", "Orthophoniste"),
            new Profession("ORTHOPTISTE", "Orthoptiste"),
            new Profession("PEDICURE_PODOLOGUE", "Pédicure-podologue"),
            new Profession("ERGOTHERAPEUTE", "Ergothérapeute"),
            new Profession("PSYCHOMOTRICIEN", "Psychomotricien ou psychomotricienne"),
            new Profession("DIETETICIEN", "Diététicien ou diététicienne"),
            new Profession("BIOLOGISTE", "Biologiste médical"),
            new Profession("AUDIOPROTHESISTE", "Audioprothésiste"),
            new Profession("OPTICIEN", "Opticien-lunetier"));

    private Professions() {}

    public static Optional<Profession> byCode(String code) {
        return ALL.stream().filter(profession -> profession.code().equals(code)).findFirst();
    }

    /** The profession of that code; refused when the list does not hold it. */
    public static Profession require(String code) {
        return byCode(code).orElseThrow(() -> new DomainException("Profession inconnue : « " + code + " »."));
    }
}
