package fr.cpts.web.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A contract year to simulate: the contract's signature date and population, which year, whether the ARS
 * declared a crisis, and the missions negotiated. Bound from the simulator page and from the JSON API.
 */
public class ContractYearForm {

    @NotNull(message = "La date de signature du contrat est obligatoire.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    @NotNull(message = "La population couverte est obligatoire.")
    @Min(value = 0, message = "La population ne peut pas être négative.")
    @Max(value = 100_000_000, message = "La population dépasse 100 millions d'habitants.")
    private Long population;

    @NotNull(message = "L'année du contrat est obligatoire.")
    @Min(value = 1, message = "L'année du contrat commence à 1.")
    @Max(value = 10, message = "L'année du contrat ne peut pas dépasser 10.")
    private Integer year = 1;

    private boolean crisisDeclared;

    @Valid
    @Size(max = 6, message = "Un contrat ACI compte au plus 6 missions.")
    private List<MissionForm> missions = new ArrayList<>();

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public boolean isCrisisDeclared() {
        return crisisDeclared;
    }

    public void setCrisisDeclared(boolean crisisDeclared) {
        this.crisisDeclared = crisisDeclared;
    }

    public List<MissionForm> getMissions() {
        return missions;
    }

    public void setMissions(List<MissionForm> missions) {
        this.missions = missions;
    }
}
