package fr.cpts.web.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * One mission of the contract form: included or not (a mission compulsory at the contract's signature always is; the
 * domain refuses terms without it), dates, fixed part, indicators.
 */
public class MissionRow {

    /** Empty indicator slots offered under a mission's indicators. */
    static final int EMPTY_SLOTS = 2;

    private Mission mission;
    private boolean included;
    private boolean compulsory;

    private String startOn = "";
    private String fullyDeployedOn = "";
    private String fixedAmount = "";
    private String fixedAmountsByYear = "";
    private List<IndicatorRow> indicators = new ArrayList<>();

    static MissionRow of(Mission mission, ContractMission terms, boolean compulsory) {
        MissionRow row = new MissionRow();
        row.mission = mission;
        row.compulsory = compulsory;
        row.included = terms != null || compulsory;
        if (terms != null) {
            row.startOn = terms.startOn().toString();
            row.fullyDeployedOn = terms.fullyDeployedOn().toString();
            row.fixedAmount = FrenchNumbers.format(terms.fixedAmount().amount());
            row.fixedAmountsByYear = FixedPartsByYear.text(terms.fixedAmountByYear());
            terms.indicators().forEach(indicator -> row.indicators.add(IndicatorRow.of(indicator)));
        }
        row.addEmptySlots();
        return row;
    }

    void addEmptySlots() {
        indicators.removeIf(IndicatorRow::isBlank);
        for (int i = 0; i < EMPTY_SLOTS; i++) {
            indicators.add(new IndicatorRow());
        }
    }

    /** The mission's terms, or null when left out or after rejecting each problem on its field, in French. */
    ContractMission toMission(String path, BindingResult binding) {
        if (mission == null) {
            binding.reject("mission", "Une mission du formulaire est inconnue.");
            return null;
        }
        if (!included) {
            return null;
        }
        String where = "Mission « " + mission.label() + " »";
        int errors = binding.getErrorCount();
        LocalDate start = Typed.day(startOn, path + ".startOn", where + " : la date de démarrage", binding);
        LocalDate deployed = Typed.day(
                fullyDeployedOn, path + ".fullyDeployedOn", where + " : la date de déploiement complet", binding);
        Money fixed = Typed.euros(fixedAmount, path + ".fixedAmount", where + " : la part fixe", binding);
        Map<Integer, Money> byYear =
                FixedPartsByYear.parse(fixedAmountsByYear, path + ".fixedAmountsByYear", where, binding);
        List<Indicator> parsed = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            if (!row.isBlank()) {
                parsed.add(
                        row.toIndicator(path + ".indicators[" + i + "]", where + ", indicateur " + (i + 1), binding));
            }
        }
        if (binding.getErrorCount() > errors) {
            return null;
        }
        try {
            return new ContractMission(mission, start, deployed, fixed, byYear, parsed);
        } catch (DomainException refused) {
            binding.rejectValue(path + ".fullyDeployedOn", "invalid", refused.getMessage());
            return null;
        }
    }

    public String getFixedAmountsByYear() {
        return fixedAmountsByYear;
    }

    public void setFixedAmountsByYear(String fixedAmountsByYear) {
        this.fixedAmountsByYear = fixedAmountsByYear;
    }

    public boolean isCompulsory() {
        return compulsory;
    }

    public void setCompulsory(boolean compulsory) {
        this.compulsory = compulsory;
    }

    public Mission getMission() {
        return mission;
    }

    public void setMission(Mission mission) {
        this.mission = mission;
    }

    public boolean isIncluded() {
        return included;
    }

    public void setIncluded(boolean included) {
        this.included = included;
    }

    public String getStartOn() {
        return startOn;
    }

    public void setStartOn(String startOn) {
        this.startOn = startOn;
    }

    public String getFullyDeployedOn() {
        return fullyDeployedOn;
    }

    public void setFullyDeployedOn(String fullyDeployedOn) {
        this.fullyDeployedOn = fullyDeployedOn;
    }

    public String getFixedAmount() {
        return fixedAmount;
    }

    public void setFixedAmount(String fixedAmount) {
        this.fixedAmount = fixedAmount;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }
}
