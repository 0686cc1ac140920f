package fr.cpts.web.profile;

import fr.cpts.domain.profile.CptsProfile;
import fr.cpts.domain.profile.LegalForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** The identity part of the fiche CPTS as the page posts it. */
public class ProfileForm {

    @NotBlank(message = "Choisissez la forme juridique.")
    private String legalForm;

    @NotBlank(message = "L'adresse (numéro et voie) est obligatoire.")
    @Size(max = 200, message = "L'adresse ne peut pas dépasser 200 caractères.")
    private String street;

    @NotBlank(message = "Le code postal est obligatoire.")
    @Pattern(regexp = "\\s*\\d{5}\\s*", message = "Le code postal doit compter cinq chiffres (exemple : 33210).")
    private String postalCode;

    @NotBlank(message = "La commune de l'adresse est obligatoire.")
    @Size(max = 100, message = "La commune ne peut pas dépasser 100 caractères.")
    private String city;

    @NotBlank(message = "Le nom du coordinateur ou de la coordinatrice est obligatoire.")
    @Size(max = 200, message = "Le nom ne peut pas dépasser 200 caractères.")
    private String coordinatorName;

    @NotBlank(message = "L'adresse électronique du coordinateur est obligatoire.")
    @Email(
            regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
            message = "L'adresse électronique n'est pas valide (exemple : prenom.nom@cpts-exemple.fr).")
    @Size(max = 200, message = "L'adresse électronique ne peut pas dépasser 200 caractères.")
    private String coordinatorEmail;

    @NotBlank(message = "Le téléphone du coordinateur est obligatoire.")
    @Pattern(
            regexp = "\\s*(0[\\d .\\-]{9,13}|\\+[\\d .\\-]{10,16})\\s*",
            message = "Le numéro de téléphone n'est pas valide (exemple : 05 56 00 00 00 ou +33 5 56 00 00 00).")
    private String coordinatorPhone;

    @NotNull
    private Long version = 0L;

    /** The form showing the stored profile, or a blank one (association loi 1901 chosen) when there is none. */
    static ProfileForm of(Optional<ProfileView> view) {
        ProfileForm form = new ProfileForm();
        form.setLegalForm(LegalForm.ASSOCIATION_LOI_1901.name());
        view.ifPresent(current -> {
            CptsProfile profile = current.profile();
            form.setLegalForm(profile.legalForm().name());
            form.setStreet(profile.address().street());
            form.setPostalCode(profile.address().postalCode());
            form.setCity(profile.address().city());
            form.setCoordinatorName(profile.coordinator().name());
            form.setCoordinatorEmail(profile.coordinator().email());
            form.setCoordinatorPhone(profile.coordinator().phone());
            form.setVersion(current.version());
        });
        return form;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getCoordinatorEmail() {
        return coordinatorEmail;
    }

    public void setCoordinatorEmail(String coordinatorEmail) {
        this.coordinatorEmail = coordinatorEmail;
    }

    public String getCoordinatorPhone() {
        return coordinatorPhone;
    }

    public void setCoordinatorPhone(String coordinatorPhone) {
        this.coordinatorPhone = coordinatorPhone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
