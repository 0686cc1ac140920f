package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.ClaimedDerogation;
import java.util.Set;

/** The request form filled from a stored request, to edit it. */
final class StoredRequestForm {

    private StoredRequestForm() {}

    static AssistantRequestForm of(AssistantSubsidyRequest request) {
        AssistantSubsidyApplication application = request.application();
        AssistantRequestForm form = new AssistantRequestForm();
        form.setVersion(request.version());
        form.setDoctorName(application.doctor().fullName());
        form.setRpps(application.doctor().rpps());
        form.setSpecialty(application.doctor().specialtyCode());
        form.setSector(application.doctor().sector());
        form.setOptam(application.doctor().optam());
        form.setDoctorsInPractice(application.practice().doctorsInPractice());
        form.setUnderServedZone(application.practice().inUnderServedZone());
        form.setMostUnderServedTerritory(application.practice().inMostUnderServedTerritory());
        form.setCoordinatedPractice(application.practice().committedToCoordinatedPractice());
        Set<ClaimedDerogation> claimed = application.practice().claimedDerogations();
        form.setNewInstallation(claimed.contains(ClaimedDerogation.NEW_INSTALLATION));
        form.setDisabilityOrLongTermIllness(claimed.contains(ClaimedDerogation.DISABILITY_OR_LONG_TERM_ILLNESS));
        form.setSharedAssistant(claimed.contains(ClaimedDerogation.SHARED_ASSISTANT));
        form.setMedecinTraitantAdultPatients(application.activity().medecinTraitantAdultPatients());
        form.setActivityPercentile(application.activity().activityPercentile());
        application.activity().clinicalFeesShare().ifPresent(form::setClinicalFeesShare);
        form.setStructureIndicatorsValidated(application.activity().structureIndicatorsValidated());
        form.setWorkingTime(application.workingTime());
        form.setHiringDate(application.hiringDate());
        form.setCommitment(CommitmentFields.of(application.commitment()));
        return form;
    }
}
