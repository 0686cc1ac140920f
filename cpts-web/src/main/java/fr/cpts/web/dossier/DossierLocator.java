package fr.cpts.web.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the CPTS and the dossiers a person may work on: a porteur's own CPTS, an ARS officer's région, a CPAM
 * officer's départements (and only the dossiers an opinion asked of the CPAM lets them see). Anything out of the
 * person's scope, and a draft never filed for an officer, is answered as not found.
 */
@Component
class DossierLocator {

    private final Dossiers dossiers;
    private final DossierExchanges exchanges;
    private final CptsRecords cptsRecords;

    DossierLocator(Dossiers dossiers, DossierExchanges exchanges, CptsRecords cptsRecords) {
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.cptsRecords = cptsRecords;
    }

    Optional<CptsRecord> ownCptsIfAny(Account porteur) {
        if (!(porteur.scope() instanceof AccessScope.OwnCpts own)) {
            return Optional.empty();
        }
        return cptsRecords.byId(own.cpts()).filter(porteur.scope()::covers);
    }

    CptsRecord ownCpts(Account porteur) {
        return ownCptsIfAny(porteur).orElseThrow(DossierNotFound::new);
    }

    /** A dossier the officer's scope covers and that was filed (an officer never sees a draft). */
    Dossier filedDossierInScope(Account officer, long id) {
        if (id <= 0 || officer.role() != Role.ARS_OFFICER) {
            throw new DossierNotFound();
        }
        Dossier dossier = dossiers.byId(new DossierId(id)).orElseThrow(DossierNotFound::new);
        if (dossier.state() == DossierState.DRAFT && dossier.timeline().isEmpty()) {
            throw new DossierNotFound();
        }
        requireVisible(officer, dossier);
        return dossier;
    }

    void requireVisible(Account person, Dossier dossier) {
        CptsRecord cpts = cptsRecords.byId(dossier.cpts()).orElseThrow(DossierNotFound::new);
        boolean visible =
                switch (person.role()) {
                    case PORTEUR, ARS_OFFICER -> person.scope().covers(cpts);
                    // a CPAM officer sees what an opinion asked of the CPAM lets them see
                    case CPAM_OFFICER ->
                        person.scope().covers(cpts)
                                && exchanges.opinionsOf(dossier.id().orElseThrow()).stream()
                                        .anyMatch(request -> request.body() == OpinionBody.CPAM);
                    case ADMINISTRATOR -> false;
                };
        if (!visible
                || (person.role() == Role.ARS_OFFICER
                        && dossier.state() == DossierState.DRAFT
                        && dossier.timeline().isEmpty())) {
            throw new DossierNotFound();
        }
    }

    CptsRecord cpts(Dossier dossier) {
        return cptsRecords.byId(dossier.cpts()).orElseThrow(DossierNotFound::new);
    }
}
