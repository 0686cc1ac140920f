package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.Activity;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.ClaimedDerogation;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.Practice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A subsidy request as the porteur types it. Every field is needed to check eligibility, so every field is required,
 * even for a draft; each refusal names its field in French. {@code version} is the stored version the porteur
 * started from, so that a save never overwrites someone else's.
 */
public class AssistantRequestForm {

    private long version;

    @NotBlank(message = "Nom du médecin : il est obligatoire.")
    @Size(max = Doctor.NAME_MAX, message = "Nom du médecin : 200 caractères au plus.")
    private String doctorName = "";

    @Pattern(regexp = "\\s*[0-9]{11}\\s*", message = "Numéro RPPS : il compte exactement 11 chiffres, sans espace.")
    private String rpps = "";

    /** Checked against the rule sets' lists by the controller. */
    private String specialty = "";

    @NotNull(message = "Secteur conventionnel : choisissez le secteur du médecin.")
    private FeeSector sector;

    private boolean optam;

    @NotNull(message = "Nombre de médecins du cabinet : il est obligatoire (1 si le médecin exerce seul).")
    @Min(value = 1, message = "Nombre de médecins du cabinet : au moins 1 (le médecin lui-même).")
    @Max(value = Practice.DOCTORS_MAX, message = "Nombre de médecins du cabinet : 500 au plus.")
    private Integer doctorsInPractice;

    private boolean underServedZone;

    private boolean mostUnderServedTerritory;

    private boolean coordinatedPractice;

    private boolean newInstallation;

    private boolean disabilityOrLongTermIllness;

    private boolean sharedAssistant;

    @NotNull(
            message = "Patients adultes médecin traitant : le nombre est obligatoire (0 pour un spécialiste qui ne "
                    + "le connaît pas).")
    @Min(value = 0, message = "Patients adultes médecin traitant : le nombre ne peut pas être négatif.")
    @Max(value = Activity.PATIENTS_MAX, message = "Patients adultes médecin traitant : 100 000 au plus.")
    private Long medecinTraitantAdultPatients;

    @NotNull(message = "Percentile de la file active : il est obligatoire (0 pour un généraliste).")
    @Min(value = 0, message = "Percentile de la file active : il est compris entre 0 et 100.")
    @Max(value = 100, message = "Percentile de la file active : il est compris entre 0 et 100.")
    private Integer activityPercentile;

    @Min(value = 0, message = "Part des honoraires cliniques : elle est comprise entre 0 et 100 %.")
    @Max(value = 100, message = "Part des honoraires cliniques : elle est comprise entre 0 et 100 %.")
    private Integer clinicalFeesShare;

    private boolean structureIndicatorsValidated;

    @NotNull(message = "Option : choisissez le temps de travail de l'assistant médical.")
    private AssistantWorkingTime workingTime;

    @NotNull(message = "Date d'embauche : elle est obligatoire (JJ/MM/AAAA).")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
    private LocalDate hiringDate;

    @Valid
    private CommitmentFields commitment = new CommitmentFields();

    /** The request's content; only once the form has no error (the domain refuses what the form let through). */
    AssistantSubsidyApplication toApplication() {
        return new AssistantSubsidyApplication(
                new Doctor(doctorName, rpps, specialty, sector, optam),
                new Practice(
                        doctorsInPractice,
                        underServedZone,
                        mostUnderServedTerritory,
                        coordinatedPractice,
                        claimedDerogations()),
                new Activity(
                        medecinTraitantAdultPatients,
                        activityPercentile,
                        clinicalFeesShare == null ? OptionalInt.empty() : OptionalInt.of(clinicalFeesShare),
                        structureIndicatorsValidated),
                workingTime,
                hiringDate,
                commitment.toCommitment());
    }

    public CommitmentFields getCommitment() {
        return commitment;
    }

    public void setCommitment(CommitmentFields commitment) {
        this.commitment = commitment;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDoctorName() {
        return doctorName;
    }

    public void setDoctorName(String doctorName) {
        this.doctorName = doctorName;
    }

    public String getRpps() {
        return rpps;
    }

    public void setRpps(String rpps) {
        this.rpps = rpps;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public FeeSector getSector() {
        return sector;
    }

    public void setSector(FeeSector sector) {
        this.sector = sector;
    }

    public boolean isOptam() {
        return optam;
    }

    public void setOptam(boolean optam) {
        this.optam = optam;
    }

    public Integer getDoctorsInPractice() {
        return doctorsInPractice;
    }

    public void setDoctorsInPractice(Integer doctorsInPractice) {
        this.doctorsInPractice = doctorsInPractice;
    }

    public boolean isUnderServedZone() {
        return underServedZone;
    }

    public void setUnderServedZone(boolean underServedZone) {
        this.underServedZone = underServedZone;
    }

    public boolean isMostUnderServedTerritory() {
        return mostUnderServedTerritory;
    }

    public void setMostUnderServedTerritory(boolean mostUnderServedTerritory) {
        this.mostUnderServedTerritory = mostUnderServedTerritory;
    }

    public boolean isCoordinatedPractice() {
        return coordinatedPractice;
    }

    public void setCoordinatedPractice(boolean coordinatedPractice) {
        this.coordinatedPractice = coordinatedPractice;
    }

    private Set<ClaimedDerogation> claimedDerogations() {
        Set<ClaimedDerogation> claimed = EnumSet.noneOf(ClaimedDerogation.class);
        if (newInstallation) {
            claimed.add(ClaimedDerogation.NEW_INSTALLATION);
        }
        if (disabilityOrLongTermIllness) {
            claimed.add(ClaimedDerogation.DISABILITY_OR_LONG_TERM_ILLNESS);
        }
        if (sharedAssistant) {
            claimed.add(ClaimedDerogation.SHARED_ASSISTANT);
        }
        return claimed;
    }

    public boolean isNewInstallation() {
        return newInstallation;
    }

    public void setNewInstallation(boolean newInstallation) {
        this.newInstallation = newInstallation;
    }

    public boolean isDisabilityOrLongTermIllness() {
        return disabilityOrLongTermIllness;
    }

    public void setDisabilityOrLongTermIllness(boolean disabilityOrLongTermIllness) {
        this.disabilityOrLongTermIllness = disabilityOrLongTermIllness;
    }

    public boolean isSharedAssistant() {
        return sharedAssistant;
    }

    public void setSharedAssistant(boolean sharedAssistant) {
        this.sharedAssistant = sharedAssistant;
    }

    public Long getMedecinTraitantAdultPatients() {
        return medecinTraitantAdultPatients;
    }

    public void setMedecinTraitantAdultPatients(Long medecinTraitantAdultPatients) {
        this.medecinTraitantAdultPatients = medecinTraitantAdultPatients;
    }

    public Integer getActivityPercentile() {
        return activityPercentile;
    }

    public void setActivityPercentile(Integer activityPercentile) {
        this.activityPercentile = activityPercentile;
    }

    public Integer getClinicalFeesShare() {
        return clinicalFeesShare;
    }

    public void setClinicalFeesShare(Integer clinicalFeesShare) {
        this.clinicalFeesShare = clinicalFeesShare;
    }

    public boolean isStructureIndicatorsValidated() {
        return structureIndicatorsValidated;
    }

    public void setStructureIndicatorsValidated(boolean structureIndicatorsValidated) {
        this.structureIndicatorsValidated = structureIndicatorsValidated;
    }

    public AssistantWorkingTime getWorkingTime() {
        return workingTime;
    }

    public void setWorkingTime(AssistantWorkingTime workingTime) {
        this.workingTime = workingTime;
    }

    public LocalDate getHiringDate() {
        return hiringDate;
    }

    public void setHiringDate(LocalDate hiringDate) {
        this.hiringDate = hiringDate;
    }
}
