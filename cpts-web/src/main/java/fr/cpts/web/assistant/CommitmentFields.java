package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.PatientListCommitment;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * The doctor's commitment as the porteur types it in the request form: the patient list at the start and the
 * increase promised, both or neither (not recorded yet); each refusal names its field in French.
 */
public class CommitmentFields {

    @Min(
            value = 1,
            message = "Engagement du médecin : la patientèle initiale est comprise entre 1 et 100 000 patients.")
    @Max(
            value = 100_000,
            message = "Engagement du médecin : la patientèle initiale est comprise entre 1 et 100 000 " + "patients.")
    private Long initialPatients;

    @Min(value = 0, message = "Engagement du médecin : l'augmentation promise est comprise entre 0 et 100 %.")
    @Max(value = 100, message = "Engagement du médecin : l'augmentation promise est comprise entre 0 et 100 %.")
    private Integer increasePercent;

    static CommitmentFields of(Optional<PatientListCommitment> commitment) {
        CommitmentFields fields = new CommitmentFields();
        commitment.ifPresent(recorded -> {
            fields.initialPatients = recorded.initialPatients();
            fields.increasePercent = recorded.increasePercent();
        });
        return fields;
    }

    /** Only once the fields have no error. */
    Optional<PatientListCommitment> toCommitment() {
        return initialPatients == null
                ? Optional.empty()
                : Optional.of(new PatientListCommitment(initialPatients, increasePercent));
    }

    @AssertTrue(
            message = "Engagement du médecin : indiquez la patientèle initiale et l'augmentation promise, ou "
                    + "aucune des deux tant que l'engagement n'est pas fixé.")
    public boolean isBothOrNeither() {
        return (initialPatients == null) == (increasePercent == null);
    }

    public Long getInitialPatients() {
        return initialPatients;
    }

    public void setInitialPatients(Long initialPatients) {
        this.initialPatients = initialPatients;
    }

    public Integer getIncreasePercent() {
        return increasePercent;
    }

    public void setIncreasePercent(Integer increasePercent) {
        this.increasePercent = increasePercent;
    }
}
