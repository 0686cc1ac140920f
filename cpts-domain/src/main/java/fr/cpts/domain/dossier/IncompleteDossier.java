package fr.cpts.domain.dossier;

import fr.cpts.domain.shared.DomainException;
import java.util.List;

/** A dossier cannot be filed yet: every missing item is listed, in French. */
public class IncompleteDossier extends DomainException {

    private final List<String> missingItems;

    public IncompleteDossier(DossierKind kind, List<String> missingItems) {
        super("Le dossier « " + kind.label() + " » ne peut pas être déposé : il manque " + missingItems.size()
                + (missingItems.size() == 1 ? " élément : " : " éléments : ") + String.join(" ; ", missingItems)
                + ".");
        this.missingItems = List.copyOf(missingItems);
    }

    public List<String> missingItems() {
        return missingItems;
    }
}
