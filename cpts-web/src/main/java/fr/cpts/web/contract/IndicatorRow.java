package fr.cpts.web.contract;

import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.IndicatorReward;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/**
 * One indicator slot of the contract form: name, baseline, target, and either the amount of a binary indicator or
 * the tiers of a tiered one, typed one per line as « nom ; seuil ; montant ».
 */
public class IndicatorRow {

    /** How the indicator pays. */
    public enum Kind {
        BINARY,
        TIERED
    }

    private String name = "";
    private String baseline = "";
    private String target = "";
    private Kind kind = Kind.BINARY;
    private String amount = "";
    private String tiers = "";

    static IndicatorRow of(Indicator indicator) {
        IndicatorRow row = new IndicatorRow();
        row.name = indicator.name();
        row.baseline = FrenchNumbers.format(indicator.baseline());
        row.target = FrenchNumbers.format(indicator.target());
        if (indicator.reward() instanceof BinaryReward binary) {
            row.amount = FrenchNumbers.format(binary.amount().amount());
        } else if (indicator.reward() instanceof TieredReward tiered) {
            row.kind = Kind.TIERED;
            row.tiers = tiered.tiers().stream()
                    .map(tier -> tier.label() + " ; " + tier.threshold().toPlainString() + " ; "
                            + tier.amount().amount().toPlainString())
                    .collect(Collectors.joining("\n"));
        }
        return row;
    }

    boolean isBlank() {
        return Typed.blank(name)
                && Typed.blank(baseline)
                && Typed.blank(target)
                && Typed.blank(amount)
                && Typed.blank(tiers);
    }

    /** The indicator, or null after rejecting each problem on its field, in French, naming where it is. */
    Indicator toIndicator(String path, String where, BindingResult binding) {
        int errors = binding.getErrorCount();
        if (name == null || name.isBlank()) {
            binding.rejectValue(path + ".name", "required", where + " : le nom de l'indicateur est obligatoire.");
        } else if (name.strip().length() > 300) {
            binding.rejectValue(path + ".name", "size", where + " : le nom fait au plus 300 caractères.");
        }
        BigDecimal start = Typed.number(baseline, path + ".baseline", where + " : la valeur de départ", binding);
        BigDecimal goal = Typed.number(target, path + ".target", where + " : la cible", binding);
        IndicatorReward reward = kind == Kind.TIERED ? tiered(path, where, binding) : binary(path, where, binding);
        if (binding.getErrorCount() > errors) {
            return null;
        }
        return new Indicator(name, start, goal, reward);
    }

    private IndicatorReward binary(String path, String where, BindingResult binding) {
        Money money =
                Typed.euros(amount, path + ".amount", where + " : le montant versé si la cible est atteinte", binding);
        return money == null ? null : new BinaryReward(money);
    }

    private IndicatorReward tiered(String path, String where, BindingResult binding) {
        List<RewardTier> parsed = new ArrayList<>();
        String[] lines = tiers == null ? new String[0] : tiers.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split(";");
            BigDecimal threshold = parts.length == 3 ? FrenchNumbers.parse(parts[1]) : null;
            BigDecimal money = parts.length == 3 ? FrenchNumbers.parse(parts[2]) : null;
            if (parts.length != 3
                    || parts[0].isBlank()
                    || parts[0].strip().length() > 100
                    || threshold == null
                    || money == null
                    || !Typed.fits(threshold)
                    || money.signum() < 0
                    || money.stripTrailingZeros().scale() > 2
                    || !Typed.fits(money)) {
                binding.rejectValue(
                        path + ".tiers",
                        "invalid",
                        where + ", palier " + (i + 1) + " : écrivez « nom ; "
                                + "seuil ; montant en euros », par exemple « socle ; 219 ; 3 000 » (un nom de 100 caractères "
                                + "au plus, des nombres de 10 chiffres au plus avant la virgule).");
                return null;
            }
            parsed.add(new RewardTier(parts[0].strip(), threshold, new Money(money)));
        }
        if (parsed.isEmpty()) {
            binding.rejectValue(
                    path + ".tiers", "required", where + " : un indicateur à paliers a au moins un palier.");
            return null;
        }
        if (parsed.stream().map(RewardTier::label).distinct().count() != parsed.size()) {
            binding.rejectValue(path + ".tiers", "duplicate", where + " : deux paliers portent le même nom.");
            return null;
        }
        return new TieredReward(parsed);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBaseline() {
        return baseline;
    }

    public void setBaseline(String baseline) {
        this.baseline = baseline;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getTiers() {
        return tiers;
    }

    public void setTiers(String tiers) {
        this.tiers = tiers;
    }
}
