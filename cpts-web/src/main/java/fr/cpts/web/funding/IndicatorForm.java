package fr.cpts.web.funding;

import fr.cpts.funding.indicator.Direction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator of a mission as typed in a simulation: either binary (an amount earned when the objective is
 * reached) or tiered (thresholds and amounts, and the measured value).
 */
public class IndicatorForm {

    /** How an indicator pays. */
    public enum Kind {
        BINARY,
        TIERED
    }

    @NotBlank(message = "Le libellé de l'indicateur est obligatoire.")
    @Size(max = 200, message = "Le libellé de l'indicateur fait au plus 200 caractères.")
    private String label;

    private Kind kind = Kind.BINARY;

    @PositiveOrZero(message = "Le montant de l'indicateur ne peut pas être négatif.")
    @Digits(
            integer = 9,
            fraction = 2,
            message = "Le montant de l'indicateur doit être en euros, avec 2 décimales au plus.")
    private BigDecimal amountEur;

    private boolean reached;

    private Direction direction = Direction.HIGHER_IS_BETTER;

    @Valid
    @Size(max = 10, message = "Un indicateur a au plus 10 paliers.")
    private List<TierForm> tiers = new ArrayList<>();

    @Digits(integer = 12, fraction = 4, message = "La valeur mesurée doit être un nombre (4 décimales au plus).")
    private BigDecimal measured;

    public IndicatorForm() {}

    static IndicatorForm binary(String label, long amountEur, boolean reached) {
        IndicatorForm form = new IndicatorForm();
        form.label = label;
        form.amountEur = BigDecimal.valueOf(amountEur);
        form.reached = reached;
        return form;
    }

    static IndicatorForm tiered(String label, Direction direction, String measured, TierForm... tiers) {
        IndicatorForm form = new IndicatorForm();
        form.label = label;
        form.kind = Kind.TIERED;
        form.direction = direction;
        form.measured = new BigDecimal(measured);
        form.tiers = new ArrayList<>(List.of(tiers));
        return form;
    }

    @AssertTrue(message = "Un indicateur binaire doit avoir un montant.")
    public boolean isAmountGivenWhenBinary() {
        return kind != Kind.BINARY || amountEur != null;
    }

    @AssertTrue(message = "Un indicateur à paliers doit avoir au moins un palier.")
    public boolean isTierGivenWhenTiered() {
        return kind != Kind.TIERED || !tiers.isEmpty();
    }

    /** A slot left empty on the page. */
    boolean isBlank() {
        return (label == null || label.isBlank())
                && amountEur == null
                && measured == null
                && tiers.stream().allMatch(TierForm::isBlank);
    }

    /** Drops the tier slots the page left empty. */
    void dropBlankTiers() {
        tiers.removeIf(TierForm::isBlank);
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public void setAmountEur(BigDecimal amountEur) {
        this.amountEur = amountEur;
    }

    public boolean isReached() {
        return reached;
    }

    public void setReached(boolean reached) {
        this.reached = reached;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public List<TierForm> getTiers() {
        return tiers;
    }

    public void setTiers(List<TierForm> tiers) {
        this.tiers = tiers;
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public void setMeasured(BigDecimal measured) {
        this.measured = measured;
    }
}
