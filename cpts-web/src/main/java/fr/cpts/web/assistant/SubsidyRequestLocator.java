package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.web.territory.CptsAccess;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds a subsidy request as a person may see it. Every identifier coming from an address is checked against the
 * person's scope (a porteur's own CPTS, an ARS officer's région, a CPAM officer's départements); anything out of it,
 * or a draft asked by an officer, is answered as not found.
 */
@Component
class SubsidyRequestLocator {

    private final AssistantSubsidyRequests requests;
    private final CptsRecords cptsRecords;
    private final CptsAccess access;

    SubsidyRequestLocator(AssistantSubsidyRequests requests, CptsRecords cptsRecords, CptsAccess access) {
        this.requests = requests;
        this.cptsRecords = cptsRecords;
        this.access = access;
    }

    /** The porteur's CPTS. */
    CptsRecord own(Account porteur) {
        return access.own(porteur);
    }

    /** A request of the porteur's own CPTS. */
    AssistantSubsidyRequest own(Account porteur, long id) {
        CptsRecord cpts = access.own(porteur);
        return find(id).filter(request -> request.cpts().equals(cpts.id())).orElseThrow(AssistantRequestNotFound::new);
    }

    /** A request the officer's scope covers and that was filed (an officer never sees a draft). */
    AssistantSubsidyRequest filedInScope(Account officer, long id) {
        requireOfficer(officer);
        AssistantSubsidyRequest request =
                find(id).filter(AssistantSubsidyRequest::isFiled).orElseThrow(AssistantRequestNotFound::new);
        cptsRecords.byId(request.cpts()).filter(officer.scope()::covers).orElseThrow(AssistantRequestNotFound::new);
        return request;
    }

    /** The CPTS of a request. */
    CptsRecord cpts(AssistantSubsidyRequest request) {
        return cptsRecords.byId(request.cpts()).orElseThrow(AssistantRequestNotFound::new);
    }

    static void requireOfficer(Account officer) {
        if (officer.role() != Role.ARS_OFFICER && officer.role() != Role.CPAM_OFFICER) {
            throw new AssistantRequestNotFound();
        }
    }

    /** Refuses a change made from a version someone else has saved since. */
    static void requireVersion(AssistantSubsidyRequest request, long readVersion) {
        if (request.version() != readVersion) {
            throw new SubsidyRequestConflict();
        }
    }

    private Optional<AssistantSubsidyRequest> find(long id) {
        return id <= 0 ? Optional.empty() : requests.byId(new AssistantSubsidyRequestId(id));
    }
}
