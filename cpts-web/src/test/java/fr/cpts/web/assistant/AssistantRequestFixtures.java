package fr.cpts.web.assistant;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.Activity;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.EligibilityVerdict;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.Practice;
import fr.cpts.domain.cpts.CptsRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Subsidy requests stored straight through the port, for tests that need one in or out of someone's scope. */
public final class AssistantRequestFixtures {

    /** A hiring date under the 2024 rule set: 1/2 temps pays 19 000, 14 000, then 11 000 € a year. */
    public static final LocalDate HIRED = LocalDate.of(2025, 10, 1);

    private AssistantRequestFixtures() {}

    /** A general practitioner who meets every criterion, 1/2 temps. */
    public static AssistantSubsidyApplication eligible(String doctorName) {
        return new AssistantSubsidyApplication(
                new Doctor(doctorName, "10101234567", "MEDECINE_GENERALE", FeeSector.SECTOR_1, false),
                new Practice(3, false, false, true),
                new Activity(900, 0, true),
                AssistantWorkingTime.HALF,
                HIRED);
    }

    /** A request of that CPTS filed by its porteur, waiting for the CPAM. */
    public static AssistantSubsidyRequest filed(AssistantSubsidyRequests requests, CptsRecord cpts, String doctorName) {
        Actor porteur = new Actor("porteur-fixture", "Porteur de test", Role.PORTEUR);
        AssistantSubsidyRequest request = AssistantSubsidyRequest.draft(
                cpts.id(), eligible(doctorName), porteur, Instant.now().minusSeconds(3600));
        request.file(
                porteur, Instant.now().minusSeconds(1800), new EligibilityVerdict("Assistant médical 2024", List.of()));
        return requests.save(request);
    }

    /** A draft of that CPTS, never filed. */
    public static AssistantSubsidyRequest draft(AssistantSubsidyRequests requests, CptsRecord cpts, String doctorName) {
        return requests.save(AssistantSubsidyRequest.draft(
                cpts.id(),
                eligible(doctorName),
                new Actor("porteur-fixture", "Porteur de test", Role.PORTEUR),
                Instant.now()));
    }

    /** The form fields of an eligible general practitioner, as the porteur's page posts them. */
    public static Map<String, String> eligibleForm(String doctorName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("doctorName", doctorName);
        form.put("rpps", "10101234567");
        form.put("specialty", "MEDECINE_GENERALE");
        form.put("sector", "SECTOR_1");
        form.put("doctorsInPractice", "3");
        form.put("coordinatedPractice", "true");
        form.put("medecinTraitantAdultPatients", "900");
        form.put("activityPercentile", "0");
        form.put("structureIndicatorsValidated", "true");
        form.put("workingTime", "HALF");
        form.put("hiringDate", "01/10/2025");
        return form;
    }

    /** The same fields as request parameters. */
    public static MultiValueMap<String, String> eligibleParams(String doctorName) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        eligibleForm(doctorName).forEach(params::add);
        return params;
    }
}
