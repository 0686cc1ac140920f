package fr.cpts.domain.dossier;

import fr.cpts.domain.shared.ArchivedDocument;
import java.util.List;
import java.util.Optional;

/**
 * The decision letters of the dossiers (repository port, implemented by persistence). Append-only: a letter issued
 * is never changed nor removed.
 */
public interface DecisionLetters {

    /** Archives a letter issued on that dossier, numbered after the dossier's last one; written in the decision's transaction. */
    DecisionLetter issue(DossierId dossier, String title, ArchivedDocument document);

    /** The letters of that dossier, in the order issued, without their bytes. */
    List<DecisionLetter> of(DossierId dossier);

    /** The archived PDF of that letter, exactly as issued. */
    Optional<ArchivedDocument> document(DossierId dossier, int number);
}
