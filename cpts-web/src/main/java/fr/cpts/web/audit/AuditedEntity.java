package fr.cpts.web.audit;

import fr.cpts.domain.dossier.DossierKind;

/** The kinds of entity the journal follows, stored by name (French upper-case words). */
public enum AuditedEntity {
    LETTRE_INTENTION,
    PROJET_SANTE,
    TERRITOIRE,
    FICHE_CPTS,
    COMPTE,
    CONTRAT_ACI,
    DEMANDE_ASSISTANT_MEDICAL,
    REVUE_ANNUELLE,
    FOURCHETTE_FIR,
    ORDRE_PAIEMENT;

    public static AuditedEntity of(DossierKind kind) {
        return switch (kind) {
            case LETTRE_INTENTION -> LETTRE_INTENTION;
            case PROJET_SANTE -> PROJET_SANTE;
        };
    }
}
