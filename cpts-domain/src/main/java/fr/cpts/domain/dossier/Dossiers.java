package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The dossiers filed by the CPTS (repository port, implemented by persistence). */
public interface Dossiers {

    Optional<Dossier> byId(DossierId id);

    /** The dossier of that kind of a CPTS (a CPTS files one letter of intent and one health project). */
    Optional<Dossier> of(CptsId cpts, DossierKind kind);

    /** The dossiers of these CPTS, whatever their state. */
    List<Dossier> ofCpts(Collection<CptsId> cpts);

    /**
     * Stores the dossier with its new timeline entries and returns it as stored (with its id and new version).
     *
     * @throws DossierConflict when the stored dossier changed since this one was read
     */
    Dossier save(Dossier dossier);
}
