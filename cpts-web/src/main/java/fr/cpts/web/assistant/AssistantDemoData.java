package fr.cpts.web.assistant;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.Activity;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.Practice;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo subsidy requests for the CPTS Sud Gironde that {@code DemoData} creates: one filed with the CPAM of the Gironde,
 * waiting for its decision (what the demo CPAM officer decides), and one draft whose doctor fails eligibility
 * criteria (what the demo porteur sees refused). Added only when the CPTS has no request, after every
 * {@code ApplicationRunner} has run ({@link ApplicationReadyEvent}), as the territory demo data does.
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
class AssistantDemoData {

    private static final Logger log = LoggerFactory.getLogger(AssistantDemoData.class);
    private static final Actor CLAIRE = new Actor("porteur", "Dr Claire Martin", Role.PORTEUR);

    private final CptsRecords records;
    private final AssistantSubsidyRequests requests;
    private final AssistantSubsidyEngine engine;

    private final Clock clock;

    AssistantDemoData(
            CptsRecords records, AssistantSubsidyRequests requests, AssistantSubsidyEngine engine, Clock clock) {
        this.clock = clock;
        this.records = records;
        this.requests = requests;
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        CptsRecord sudGironde = records.byName("CPTS Sud Gironde").orElse(null);
        if (sudGironde == null || !requests.ofCpts(List.of(sudGironde.id())).isEmpty()) {
            return;
        }
        log.info(
                "Données de démonstration : demandes d'aide à l'emploi d'un assistant médical pour la {}",
                sudGironde.name());
        Instant now = clock.instant();
        LocalDate today = FrenchFormats.today(clock);
        AssistantSubsidyApplication filed = new AssistantSubsidyApplication(
                new Doctor("Dr Julien Moreau", "10003456789", "MEDECINE_GENERALE", FeeSector.SECTOR_1, false),
                new Practice(3, false, false, true),
                new Activity(1_150, 0, true),
                AssistantWorkingTime.HALF,
                today.minusDays(20));
        AssistantSubsidyRequest request =
                AssistantSubsidyRequest.draft(sudGironde.id(), filed, CLAIRE, now.minus(Duration.ofDays(9)));
        request.file(CLAIRE, now.minus(Duration.ofDays(8)), engine.assess(filed).verdict());
        requests.save(request);
        requests.save(AssistantSubsidyRequest.draft(
                sudGironde.id(),
                new AssistantSubsidyApplication(
                        new Doctor("Dr Sophie Lacoste", "10004567891", "CARDIOLOGIE", FeeSector.SECTOR_2, false),
                        new Practice(1, false, false, true),
                        new Activity(0, 25, true),
                        AssistantWorkingTime.FULL,
                        today.plusDays(30)),
                CLAIRE,
                now.minus(Duration.ofDays(2))));
    }
}
