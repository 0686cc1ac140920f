package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.assistant.SubsidyRequestMoved;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.audit.AuditAction;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the porteur does with the subsidy requests of their CPTS: a draft for a doctor, its changes, and its filing
 * with the CPAM (refused while the engine finds the doctor ineligible). Each method is one transaction: the change
 * and its journal entry are written together or not at all; a change made from a version someone else has since saved
 * is refused ({@link SubsidyRequestConflict}).
 */
@Service
@Transactional
public class SubsidyRequestFiling {

    private final SubsidyRequestLocator locator;
    private final AssistantSubsidyRequests requests;
    private final AssistantSubsidyEngine engine;
    private final SubsidyRequestJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubsidyRequestFiling(
            SubsidyRequestLocator locator,
            AssistantSubsidyRequests requests,
            AssistantSubsidyEngine engine,
            SubsidyRequestJournal journal,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locator = locator;
        this.requests = requests;
        this.engine = engine;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft for a doctor of the porteur's CPTS. */
    public AssistantSubsidyRequest create(Account porteur, AssistantSubsidyApplication application) {
        CptsRecord cpts = locator.own(porteur);
        AssistantSubsidyRequest saved = requests.save(
                AssistantSubsidyRequest.draft(cpts.id(), application, Actor.of(porteur), clock.instant()));
        journal.draft(
                porteur,
                saved,
                AuditAction.CREATION,
                FieldChanges.between(null, JournaledApplication.of(application, engine)));
        return saved;
    }

    /** Saves the porteur's changes to a draft, from the version they read. */
    public AssistantSubsidyRequest update(
            Account porteur, long id, AssistantSubsidyApplication application, long readVersion) {
        AssistantSubsidyRequest request = locator.own(porteur, id);
        SubsidyRequestLocator.requireVersion(request, readVersion);
        JournaledApplication before = JournaledApplication.of(request.application(), engine);
        request.edit(application, Actor.of(porteur));
        AssistantSubsidyRequest saved = requests.save(request);
        List<FieldChange> changes = FieldChanges.between(before, JournaledApplication.of(application, engine));
        if (!changes.isEmpty()) {
            journal.draft(porteur, saved, AuditAction.MODIFICATION, changes);
        }
        return saved;
    }

    /**
     * The porteur declares the doctor's patient list for a contract year of the accepted request, which the
     * commitment is checked against from the year the rule set says.
     */
    public AssistantSubsidyRequest declarePatientList(
            Account porteur, long id, int contractYear, String typed, long readVersion) {
        AssistantSubsidyRequest request = locator.own(porteur, id);
        SubsidyRequestLocator.requireVersion(request, readVersion);
        String digits = typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!digits.matches("[0-9]{1,9}")) {
            throw new DomainException("Patientèle déclarée : indiquez le nombre de patients de l'année " + contractYear
                    + (digits.isEmpty() ? "." : " en chiffres (« " + typed.strip() + " » n'en est pas un)."));
        }
        long patients = Long.parseLong(digits);
        Long before = request.declaredPatientLists().get(contractYear);
        request.declarePatientList(
                contractYear,
                patients,
                Actor.of(porteur),
                FrenchFormats.today(clock),
                AssistantSubsidyEngine.CONTRACT_YEARS);
        AssistantSubsidyRequest saved = requests.save(request);
        journal.draft(
                porteur,
                saved,
                AuditAction.PATIENT_LIST_DECLARED,
                List.of(new FieldChange(
                        "patientèle année " + contractYear,
                        before == null ? null : String.valueOf(before),
                        String.valueOf(patients))));
        return saved;
    }

    /** Files the draft with the CPAM: refused while the engine finds the doctor ineligible. */
    public AssistantSubsidyRequest file(Account porteur, long id, long readVersion) {
        AssistantSubsidyRequest request = locator.own(porteur, id);
        SubsidyRequestLocator.requireVersion(request, readVersion);
        SubsidyAssessment assessment = engine.assess(request.application());
        SubsidyRequestMoved filed = request.file(Actor.of(porteur), clock.instant(), assessment.verdict());
        AssistantSubsidyRequest saved = requests.save(request);
        events.publishEvent(filed.with(List.of(new FieldChange("eligibilityRuleSet", null, assessment.ruleSet()))));
        return saved;
    }
}
