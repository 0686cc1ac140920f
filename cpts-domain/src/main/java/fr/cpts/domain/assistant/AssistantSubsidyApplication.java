package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a subsidy request says: the doctor, the practice, the activity, the option (working time of the assistant)
 * and the hiring date of the assistant, which starts contract year 1 and chooses the rule set (barème) in force.
 */
public record AssistantSubsidyApplication(
        Doctor doctor, Practice practice, Activity activity, AssistantWorkingTime workingTime, LocalDate hiringDate) {

    public AssistantSubsidyApplication {
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
