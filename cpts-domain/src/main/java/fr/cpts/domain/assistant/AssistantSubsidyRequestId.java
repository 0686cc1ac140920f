package fr.cpts.domain.assistant;

/** Identity of one medical-assistant subsidy request. */
public record AssistantSubsidyRequestId(long value) {

    public AssistantSubsidyRequestId {
        if (value <= 0) {
            throw new IllegalArgumentException("Identifiant de demande d'aide invalide : " + value);
        }
    }
}
