package fr.cpts.web.funding;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads numbers as French people type them: "12 500,50" or "12500.50"; an empty field is no value.
 * Anything else is refused, and the page says so next to the field.
 */
class FrenchDecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String normalised = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        try {
            setValue(new BigDecimal(normalised));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Nombre illisible : « " + text + " »", e);
        }
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : ((BigDecimal) value).toPlainString();
    }
}
