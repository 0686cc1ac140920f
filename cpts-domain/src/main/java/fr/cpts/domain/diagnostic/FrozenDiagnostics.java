package fr.cpts.domain.diagnostic;

import fr.cpts.domain.dossier.DossierId;
import java.util.Optional;

/** The diagnostics frozen into dossiers when they are filed (repository port, implemented by persistence). */
public interface FrozenDiagnostics {

    /** Freezes the diagnostic into the dossier, replacing the one of an earlier filing; the comment is kept. */
    void freeze(DossierId dossier, DiagnosticTable table);

    /** The dossier's frozen diagnostic, if it was filed with one. */
    Optional<FrozenDiagnostic> of(DossierId dossier);

    /** Stores the porteur's comment (empty text removes it); false when the dossier has no frozen diagnostic. */
    boolean comment(DossierId dossier, Optional<FrozenDiagnostic.Comment> comment);
}
