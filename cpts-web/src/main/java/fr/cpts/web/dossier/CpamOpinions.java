package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.web.audit.AuditAction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinions the ARS asks of the CPAM on dossiers of the officer's départements: the list (unanswered first), one
 * opinion, and the CPAM's answer, journaled without its text.
 */
@Service
@Transactional
public class CpamOpinions {

    private final Dossiers dossiers;
    private final DossierExchanges exchanges;
    private final DossierLocator locator;
    private final DossierJournal journal;
    private final Clock clock;

    CpamOpinions(
            Dossiers dossiers,
            DossierExchanges exchanges,
            DossierLocator locator,
            DossierJournal journal,
            Clock clock) {
        this.dossiers = dossiers;
        this.exchanges = exchanges;
        this.locator = locator;
        this.journal = journal;
        this.clock = clock;
    }

    /** The opinions asked of the CPAM on dossiers of the officer's départements, unanswered first. */
    @Transactional(readOnly = true)
    public List<OpinionRow> cpamOpinions(Account officer) {
        Map<CptsId, CptsRecord> visible = locator.visibleCpts(officer);
        Map<DossierId, Dossier> byId = dossiers.ofCpts(visible.keySet()).stream()
                .collect(Collectors.toMap(dossier -> dossier.id().orElseThrow(), Function.identity()));
        return exchanges.opinionsAddressedTo(OpinionBody.CPAM, byId.keySet()).stream()
                .map(request -> new OpinionRow(
                        request,
                        byId.get(request.dossier()),
                        visible.get(byId.get(request.dossier()).cpts())))
                .toList();
    }

    @Transactional(readOnly = true)
    public OpinionRow cpamOpinion(Account officer, long opinionId) {
        return cpamOpinions(officer).stream()
                .filter(row -> row.id() == opinionId)
                .findFirst()
                .orElseThrow(DossierNotFound::new);
    }

    public void answerAsCpam(Account officer, long opinionId, String answer) {
        OpinionRow row = cpamOpinion(officer, opinionId);
        OpinionRequest request = row.request();
        request.answer(answer, Actor.of(officer), clock.instant());
        exchanges.saveOpinion(request);
        journal.record(
                officer,
                row.dossier(),
                AuditAction.OPINION_GIVEN,
                null,
                List.of(new FieldChange("opinionBody", null, request.body().label())));
    }
}
