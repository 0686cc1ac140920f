package fr.cpts.web.dossier;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.DecisionLetter;
import fr.cpts.domain.dossier.DossierFile;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrantRange;
import java.util.List;
import java.util.Set;

/**
 * What a dossier page shows to one person: the CPTS, what they may see of the dossier, what it still lacks, its
 * territory, the moves they may make now, on a letter of intent the FIR seed grant, and the ARS's decision letters.
 */
public record DossierPage(
        CptsRecord cpts,
        DossierFile file,
        List<String> missingItems,
        TerritorySummary territory,
        Set<DossierMove> moves,
        SeedGrant seedGrant,
        SeedGrantRange seedRange,
        List<DecisionLetter> letters) {

    public boolean editable() {
        return file.dossier().state().editableByPorteur();
    }

    /** Whether the dossier is stored yet (a letter of intent not yet saved is shown as an empty draft). */
    public boolean stored() {
        return file.dossier().id().isPresent();
    }

    public long id() {
        return file.dossier().id().map(id -> id.value()).orElse(0L);
    }
}
