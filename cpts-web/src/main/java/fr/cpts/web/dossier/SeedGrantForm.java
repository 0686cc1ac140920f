package fr.cpts.web.dossier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The FIR seed-grant decision as typed by the ARS officer: an amount in euros (« 30 000 » or « 30000,50 ») and a date.
 * Serializable: a refused decision is shown again from the flash, which the session store serializes.
 */
public class SeedGrantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String amount = "";

    // a date field sends AAAA-MM-JJ; a person typing without one writes JJ/MM/AAAA
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
    private LocalDate decidedOn;

    /** The amount read the French way, or null when it cannot be read. */
    BigDecimal parsedAmount() {
        String cleaned = amount == null
                ? ""
                : amount.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        try {
            return cleaned.isEmpty() ? null : new BigDecimal(cleaned);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
