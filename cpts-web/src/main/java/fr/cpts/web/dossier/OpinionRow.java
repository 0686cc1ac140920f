package fr.cpts.web.dossier;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.OpinionRequest;

/** An opinion request as the CPAM sees it: the request, the dossier it is about and its CPTS. */
public record OpinionRow(OpinionRequest request, Dossier dossier, CptsRecord cpts) {

    public long id() {
        return request.id().orElseThrow();
    }
}
