package fr.cpts.web.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member to add to the fiche CPTS, as the page posts it. */
public class MemberForm {

    @NotBlank(message = "Choisissez le type de membre.")
    private String kind;

    @NotBlank(message = "Le nom du membre est obligatoire.")
    @Size(max = 200, message = "Le nom ne peut pas dépasser 200 caractères.")
    private String name;

    private String profession;

    private String structureType;

    @Size(max = 5, message = "Le code INSEE de la commune compte cinq caractères (exemple : 33227).")
    private String commune;

    @NotNull
    private Long version = 0L;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getStructureType() {
        return structureType;
    }

    public void setStructureType(String structureType) {
        this.structureType = structureType;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
