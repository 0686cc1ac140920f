package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;

/** A CPTS may not take that legal form. */
public class LegalFormRefused extends DomainException {

    private final LegalForm refused;

    public LegalFormRefused(LegalForm refused, LegalFormRule rule) {
        this(
                refused,
                "Une CPTS ne peut pas être constituée sous la forme « " + refused.label() + " » : depuis l'"
                        + rule.legalReference() + ", une CPTS est obligatoirement une association loi 1901 (ou de "
                        + "droit local en Alsace-Moselle). Une SISA, un GIE, un GCS ou une coopérative peuvent être "
                        + "membres de la CPTS, mais pas la CPTS elle-même.");
    }

    private LegalFormRefused(LegalForm refused, String message) {
        super(message);
        this.refused = refused;
    }

    /** The local-law association, for a CPTS whose seat is not in Bas-Rhin, Haut-Rhin or Moselle. */
    static LegalFormRefused outsideAlsaceMoselle(LegalFormRule rule) {
        return new LegalFormRefused(
                LegalForm.ASSOCIATION_DROIT_LOCAL,
                "L'association de droit local n'est ouverte qu'aux CPTS dont le siège est dans le Bas-Rhin, le "
                        + "Haut-Rhin ou la Moselle (code postal commençant par 67, 68 ou 57) ; ailleurs, une CPTS est "
                        + "une association loi 1901 (" + rule.legalReference() + ").");
    }

    public LegalForm refused() {
        return refused;
    }
}
