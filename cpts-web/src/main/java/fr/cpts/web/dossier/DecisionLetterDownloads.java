package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.ArchivedDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision letters of a dossier as its parties download them: exactly as issued, to whoever may see the dossier. */
@Service
@Transactional(readOnly = true)
public class DecisionLetterDownloads {

    private final Dossiers dossiers;
    private final DecisionLetters letters;
    private final DossierLocator locator;

    DecisionLetterDownloads(Dossiers dossiers, DecisionLetters letters, DossierLocator locator) {
        this.dossiers = dossiers;
        this.letters = letters;
        this.locator = locator;
    }

    /** That letter of a dossier the person may see (404 otherwise, or when the dossier has no such letter). */
    public ArchivedDocument letter(Account person, long dossierId, int number) {
        Dossier dossier = dossiers.byId(new DossierId(dossierId)).orElseThrow(DossierNotFound::new);
        locator.requireVisible(person, dossier);
        return letters.document(dossier.id().orElseThrow(), number).orElseThrow(DossierNotFound::new);
    }
}
