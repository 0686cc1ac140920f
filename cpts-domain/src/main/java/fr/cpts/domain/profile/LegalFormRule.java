package fr.cpts.domain.profile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Which legal forms a CPTS itself may take, as a rule with its source. The forms refused may still be members of
 * a CPTS (an MSP constituted as a SISA, a hospital GCS...).
 *
 * @param allowed       the forms a CPTS may take
 * @param since         when the text was signed
 * @param legalReference the text, as it should be cited to the person refused
 */
public record LegalFormRule(Set<LegalForm> allowed, LocalDate since, String legalReference) {

    /**
     * Ordinance 2021-584 of 12 May 2021 (Journal officiel of 13 May 2021), article L. 1434-12-1 of the code de la
     * santé publique (the article the ordinance inserts; L. 1434-12-2 is the one on the missions): a CPTS is constituted
     * as an association loi 1901, or, when its seat is in Bas-Rhin, Haut-Rhin or Moselle, as an association of local
     * law (articles 21 to 79-3 of the local civil code). The 2019 documents still listed SISA, GIE, GCS and
     * cooperatives.
     */
    public static final LegalFormRule CURRENT = new LegalFormRule(
            Set.of(LegalForm.ASSOCIATION_LOI_1901, LegalForm.ASSOCIATION_DROIT_LOCAL),
            LocalDate.of(2021, 5, 12),
            "Ordonnance n° 2021-584 du 12 mai 2021 relative aux communautés professionnelles territoriales de santé "
                    + "et aux maisons de santé (article L. 1434-12-1 du code de la santé publique)");

    public LegalFormRule {
        allowed = Set.copyOf(Objects.requireNonNull(allowed, "formes autorisées"));
        Objects.requireNonNull(since, "date");
        Objects.requireNonNull(legalReference, "référence");
    }

    /** The départements (first two digits of the seat's postal code) where the local-law association is open. */
    static final Set<String> LOCAL_LAW_DEPARTEMENTS = Set.of("57", "67", "68");

    /** Whether a CPTS may take that form somewhere (the local-law association: with its seat in Alsace-Moselle). */
    public boolean allows(LegalForm form) {
        return allowed.contains(form);
    }

    /** Refuses a form a CPTS with its seat at that address may not take, explaining why in French. */
    public void require(LegalForm form, PostalAddress seat) {
        Objects.requireNonNull(form, "forme juridique");
        if (!allows(form)) {
            throw new LegalFormRefused(form, this);
        }
        if (form == LegalForm.ASSOCIATION_DROIT_LOCAL
                && !LOCAL_LAW_DEPARTEMENTS.contains(seat.postalCode().substring(0, 2))) {
            throw LegalFormRefused.outsideAlsaceMoselle(this);
        }
    }
}
