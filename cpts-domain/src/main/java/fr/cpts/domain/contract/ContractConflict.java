package fr.cpts.domain.contract;

import fr.cpts.domain.shared.DomainException;

/** Someone changed the contract after the person acting now had read it: their change is refused, not merged. */
public class ContractConflict extends DomainException {

    public ContractConflict() {
        super("Le contrat ACI a été modifié par une autre personne depuis que vous l'avez ouvert : votre action n'a "
                + "pas été enregistrée. Le contrat à jour est affiché ; refaites votre action si elle est toujours "
                + "utile.");
    }
}
