package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;

/**
 * The member doctor who hires the medical assistant and receives the subsidy: name, RPPS number (Répertoire partagé
 * des professionnels de santé, 11 digits), specialty (code of the funding rule sets' lists), fee sector and, in
 * secteur 2, adhesion to the OPTAM or OPTAM-CO.
 */
public record Doctor(String fullName, String rpps, String specialtyCode, FeeSector sector, boolean optam) {

    /** Longest name kept. */
    public static final int NAME_MAX = 200;

    public Doctor {
        fullName = fullName == null ? "" : fullName.strip();
        if (fullName.isEmpty()) {
            throw new DomainException("Nom du médecin : il est obligatoire.");
        }
        if (fullName.length() > NAME_MAX) {
            throw new DomainException("Nom du médecin : il ne peut pas dépasser " + NAME_MAX + " caractères.");
        }
        rpps = rpps == null ? "" : rpps.strip();
        if (!isRpps(rpps)) {
            throw new DomainException("Numéro RPPS : il compte exactement 11 chiffres.");
        }
        if (specialtyCode == null || !specialtyCode.matches("[A-Z0-9_]{1,60}")) {
            throw new DomainException("Spécialité : choisissez une spécialité de la liste.");
        }
        if (sector == null) {
            throw new DomainException("Secteur conventionnel : il est obligatoire.");
        }
        if (optam && sector != FeeSector.SECTOR_2) {
            throw new DomainException("Adhésion à l'OPTAM : elle ne concerne que les médecins de secteur 2 (ici : "
                    + sector.label() + ").");
        }
    }

    /** Whether the text is an RPPS number: exactly 11 digits. */
    public static boolean isRpps(String text) {
        return text != null && text.matches("[0-9]{11}");
    }
}
