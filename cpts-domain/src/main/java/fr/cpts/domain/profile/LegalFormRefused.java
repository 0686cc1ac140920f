package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;

/** A CPTS may not take that legal form. */
public class LegalFormRefused extends DomainException {

    private final LegalForm refused;

    public LegalFormRefused(LegalForm refused, LegalFormRule rule) {
        super("Une CPTS ne peut pas être constituée sous la forme « " + refused.label() + " » : depuis l'"
                + rule.legalReference() + ", une CPTS est obligatoirement une association loi 1901. Une SISA, un GIE, "
                + "un GCS ou une coopérative peuvent être membres de la CPTS, mais pas la CPTS elle-même.");
        this.refused = refused;
    }

    public LegalForm refused() {
        return refused;
    }
}
