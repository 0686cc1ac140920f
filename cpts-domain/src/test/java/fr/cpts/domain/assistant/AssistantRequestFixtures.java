package fr.cpts.domain.assistant;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A general practitioner's request and the people who move it, for the lifecycle tests. */
final class AssistantRequestFixtures {

    static final CptsId CPTS = new CptsId(7);
    static final Actor PORTEUR = new Actor("porteur", "Dr Claire Martin", Role.PORTEUR);
    static final Actor CPAM = new Actor("cpam", "Nadia Benali", Role.CPAM_OFFICER);
    static final Actor ARS = new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER);
    static final Instant NOW = Instant.parse("2025-09-15T08:00:00Z");
    static final EligibilityVerdict ELIGIBLE = new EligibilityVerdict("Assistant médical 2024", List.of());
    static final EligibilityVerdict INELIGIBLE = new EligibilityVerdict(
            "Assistant médical 2024",
            List.of(
                    "Un médecin généraliste doit avoir suivi plus de 640 patients adultes dans l'année (ici : 500).",
                    "Les indicateurs du volet 1 du forfait structure doivent être validés."));

    private AssistantRequestFixtures() {}

    static AssistantSubsidyApplication application() {
        return new AssistantSubsidyApplication(
                new Doctor("Dr Paul Durand", "10101234567", "MEDECINE_GENERALE", FeeSector.SECTOR_1, false),
                new Practice(3, false, false, true),
                new Activity(900, 0, true),
                AssistantWorkingTime.HALF,
                LocalDate.of(2025, 10, 1));
    }

    /** A stored request brought to that state by the legal moves. */
    static AssistantSubsidyRequest requestIn(SubsidyRequestState state) {
        AssistantSubsidyRequest request = AssistantSubsidyRequest.restore(
                new AssistantSubsidyRequestId(1),
                CPTS,
                SubsidyRequestState.DRAFT,
                application(),
                List.of(),
                0,
                NOW.minusSeconds(3600),
                Map.of());
        if (state != SubsidyRequestState.DRAFT) {
            request.file(PORTEUR, NOW.minusSeconds(1800), ELIGIBLE);
        }
        if (state == SubsidyRequestState.ACCEPTED) {
            request.accept(CPAM, NOW.minusSeconds(900), ELIGIBLE);
        } else if (state == SubsidyRequestState.REFUSED) {
            request.refuse(CPAM, NOW.minusSeconds(900), "Contrat de travail non fourni");
        }
        return AssistantSubsidyRequest.restore(
                new AssistantSubsidyRequestId(1),
                CPTS,
                request.state(),
                request.application(),
                request.timeline(),
                3,
                request.createdAt(),
                request.declaredPatientLists());
    }
}
