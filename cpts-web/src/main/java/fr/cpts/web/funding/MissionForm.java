package fr.cpts.web.funding;

import fr.cpts.domain.mission.Mission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One mission of the contract as typed in a simulation: start date, fixed and variable parts, indicators. */
public class MissionForm {

    /** On the page, a mission can be left out of the contract; in the API, listed missions are included. */
    private boolean included = true;

    @NotNull(message = "La mission est obligatoire.")
    private Mission mission;

    @NotNull(message = "La date de démarrage de la mission est obligatoire.")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(message = "La part fixe est obligatoire.")
    @PositiveOrZero(message = "La part fixe ne peut pas être négative.")
    @Digits(integer = 9, fraction = 2, message = "La part fixe doit être en euros, avec 2 décimales au plus.")
    private BigDecimal fixedEur;

    @NotNull(message = "La part variable est obligatoire.")
    @PositiveOrZero(message = "La part variable ne peut pas être négative.")
    @Digits(integer = 9, fraction = 2, message = "La part variable doit être en euros, avec 2 décimales au plus.")
    private BigDecimal variableEur;

    @Valid
    @Size(max = 20, message = "Une mission a au plus 20 indicateurs.")
    private List<IndicatorForm> indicators = new ArrayList<>();

    public MissionForm() {}

    MissionForm(Mission mission, LocalDate startDate, long fixedEur, long variableEur, IndicatorForm... indicators) {
        this.mission = mission;
        this.startDate = startDate;
        this.fixedEur = BigDecimal.valueOf(fixedEur);
        this.variableEur = BigDecimal.valueOf(variableEur);
        this.indicators = new ArrayList<>(List.of(indicators));
    }

    /** Drops the indicator and tier slots the page left empty. */
    void dropBlankSlots() {
        indicators.removeIf(IndicatorForm::isBlank);
        indicators.forEach(IndicatorForm::dropBlankTiers);
    }

    public boolean isIncluded() {
        return included;
    }

    public void setIncluded(boolean included) {
        this.included = included;
    }

    public Mission getMission() {
        return mission;
    }

    public void setMission(Mission mission) {
        this.mission = mission;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public BigDecimal getFixedEur() {
        return fixedEur;
    }

    public void setFixedEur(BigDecimal fixedEur) {
        this.fixedEur = fixedEur;
    }

    public BigDecimal getVariableEur() {
        return variableEur;
    }

    public void setVariableEur(BigDecimal variableEur) {
        this.variableEur = variableEur;
    }

    public List<IndicatorForm> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorForm> indicators) {
        this.indicators = indicators;
    }
}
