package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.shared.FrenchDates;
import java.util.stream.Collectors;

/**
 * A request's content as the journal records it, each value in French (labels, « oui »/« non », dates JJ/MM/AAAA), so
 * that its field-by-field changes read without the code.
 */
public record JournaledApplication(
        String doctorName,
        String rpps,
        String specialty,
        String sector,
        String optam,
        String doctorsInPractice,
        String underServedZone,
        String mostUnderServedTerritory,
        String coordinatedPractice,
        String claimedDerogations,
        String medecinTraitantAdultPatients,
        String activityPercentile,
        String clinicalFeesShare,
        String structureIndicatorsValidated,
        String workingTime,
        String hiringDate,
        String commitment) {

    static JournaledApplication of(AssistantSubsidyApplication application, AssistantSubsidyEngine engine) {
        return new JournaledApplication(
                application.doctor().fullName(),
                application.doctor().rpps(),
                engine.specialtyLabel(application.doctor().specialtyCode()),
                application.doctor().sector().label(),
                yesNo(application.doctor().optam()),
                String.valueOf(application.practice().doctorsInPractice()),
                yesNo(application.practice().inUnderServedZone()),
                yesNo(application.practice().inMostUnderServedTerritory()),
                yesNo(application.practice().committedToCoordinatedPractice()),
                application.practice().claimedDerogations().isEmpty()
                        ? "aucune"
                        : application.practice().claimedDerogations().stream()
                                .sorted()
                                .map(claimed -> AssistantSubsidyEngine.derogationOf(claimed)
                                        .label())
                                .collect(Collectors.joining(" ; ")),
                String.valueOf(application.activity().medecinTraitantAdultPatients()),
                String.valueOf(application.activity().activityPercentile()),
                application.activity().clinicalFeesShare().isPresent()
                        ? application.activity().clinicalFeesShare().getAsInt() + " %"
                        : "non renseignée",
                yesNo(application.activity().structureIndicatorsValidated()),
                application.workingTime().label(),
                FrenchDates.day(application.hiringDate()),
                application
                        .commitment()
                        .map(commitment ->
                                commitment.initialPatients() + " patients, +" + commitment.increasePercent() + " %")
                        .orElse("non renseigné"));
    }

    private static String yesNo(boolean value) {
        return value ? "oui" : "non";
    }
}
