package fr.cpts.web.funding;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One tier (palier) of a tiered indicator as typed in a simulation. */
public class TierForm {

    @NotBlank(message = "Le nom du palier est obligatoire.")
    @Size(max = 100, message = "Le nom du palier fait au plus 100 caractères.")
    private String name;

    @NotNull(message = "Le seuil du palier est obligatoire.")
    @Digits(integer = 12, fraction = 4, message = "Le seuil doit être un nombre (4 décimales au plus).")
    private BigDecimal threshold;

    @NotNull(message = "Le montant du palier est obligatoire.")
    @PositiveOrZero(message = "Le montant du palier ne peut pas être négatif.")
    @Digits(integer = 9, fraction = 2, message = "Le montant du palier doit être en euros, avec 2 décimales au plus.")
    private BigDecimal amountEur;

    public TierForm() {}

    TierForm(String name, String threshold, long amountEur) {
        this.name = name;
        this.threshold = new BigDecimal(threshold);
        this.amountEur = BigDecimal.valueOf(amountEur);
    }

    /** A slot left empty on the page. */
    boolean isBlank() {
        return (name == null || name.isBlank()) && threshold == null && amountEur == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public void setAmountEur(BigDecimal amountEur) {
        this.amountEur = amountEur;
    }
}
