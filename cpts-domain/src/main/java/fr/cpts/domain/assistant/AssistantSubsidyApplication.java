package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a subsidy request says: the doctor, the practice, the activity, the option (working time of the assistant),
 * the hiring date of the assistant, which starts contract year 1 and chooses the rule set (barème) in force, and the
 * doctor's commitment to grow the patient list (empty while not recorded).
 */
public record AssistantSubsidyApplication(
        Doctor doctor,
        Practice practice,
        Activity activity,
        AssistantWorkingTime workingTime,
        LocalDate hiringDate,
        Optional<PatientListCommitment> commitment) {

    /** A request without the doctor's commitment recorded. */
    public AssistantSubsidyApplication(
            Doctor doctor,
            Practice practice,
            Activity activity,
            AssistantWorkingTime workingTime,
            LocalDate hiringDate) {
        this(doctor, practice, activity, workingTime, hiringDate, Optional.empty());
    }

    public AssistantSubsidyApplication {
        Objects.requireNonNull(commitment, "engagement (vide s'il n'est pas renseigné)");
        Objects.requireNonNull(doctor, "médecin");
        Objects.requireNonNull(practice, "cabinet");
        Objects.requireNonNull(activity, "activité");
        if (workingTime == null) {
            throw new DomainException("Option : choisissez le temps de travail de l'assistant médical.");
        }
        if (hiringDate == null) {
            throw new DomainException("Date d'embauche : elle est obligatoire.");
        }
    }
}
