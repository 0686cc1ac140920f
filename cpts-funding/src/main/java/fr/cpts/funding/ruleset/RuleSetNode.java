package fr.cpts.funding.ruleset;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.money.Percentage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object of a rule-set file, read field by field; a missing or malformed field is reported
 * in French with the file name so an administrator can fix it.
 */
public final class RuleSetNode {

    private final JsonNode node;
    private final String file;

    RuleSetNode(JsonNode node, String file) {
        this.node = node;
        this.file = file;
    }

    public String text(String field) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw invalid(field, "texte attendu");
        }
        return value.stringValue();
    }

    public long wholeNumber(String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber()) {
            throw invalid(field, "nombre entier attendu");
        }
        return value.longValue();
    }

    public boolean flag(String field) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw invalid(field, "true ou false attendu");
        }
        return value.booleanValue();
    }

    /** A decimal written as a string, e.g. {@code "87500.00"}, so that no binary floating point is involved. */
    public BigDecimal decimal(String field) {
        try {
            return new BigDecimal(text(field));
        } catch (NumberFormatException e) {
            throw invalid(field, "nombre décimal attendu entre guillemets, par exemple \"87500.00\"");
        }
    }

    public LocalDate date(String field) {
        try {
            return LocalDate.parse(text(field));
        } catch (DateTimeParseException e) {
            throw invalid(field, "date attendue au format AAAA-MM-JJ");
        }
    }

    public Optional<LocalDate> optionalDate(String field) {
        return has(field) ? Optional.of(date(field)) : Optional.empty();
    }

    public boolean has(String field) {
        return !node.path(field).isMissingNode() && !node.path(field).isNull();
    }

    public RuleSetNode object(String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw invalid(field, "objet attendu");
        }
        return new RuleSetNode(value, file);
    }

    public List<RuleSetNode> objects(String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw invalid(field, "liste attendue");
        }
        return value.values().stream()
                .map(element -> new RuleSetNode(element, file))
                .toList();
    }

    public List<String> texts(String field) {
        JsonNode value = node.path(field);
        if (!value.isArray() || !value.values().stream().allMatch(JsonNode::isString)) {
            throw invalid(field, "liste de textes attendue");
        }
        return value.values().stream().map(JsonNode::stringValue).toList();
    }

    /**
     * A value with its source note: {@code {"value": "50000.00", "source": "..."}}, with {@code "confirmed": false}
     * when the sources disagree on it, or {@code {"unknown": true, "source": "..."}} when the sources do not give it.
     */
    public <T> Parameter<T> parameter(
            String field, String parameterName, BiFunction<RuleSetNode, String, T> valueReader) {
        RuleSetNode value = object(field);
        String source = value.text("source");
        boolean unknown = value.has("unknown") && value.flag("unknown");
        if (unknown == value.has("value")) {
            throw invalid(field, "soit \"value\", soit \"unknown\": true");
        }
        return new Parameter<>(
                parameterName,
                unknown ? Optional.empty() : Optional.of(valueReader.apply(value, "value")),
                source,
                !value.has("confirmed") || value.flag("confirmed"));
    }

    /** An amount in euros written as a string, e.g. {@code "87500.00"}. */
    public Money money(String field) {
        return new Money(decimal(field));
    }

    /** A percentage written as a string, e.g. {@code "75"}. */
    public Percentage percentage(String field) {
        return new Percentage(decimal(field));
    }

    /** A problem in this file that is not tied to one field. */
    public IllegalStateException invalid(String message) {
        return new IllegalStateException("Fichier de barème « " + file + " » invalide : " + message + ".");
    }

    private IllegalStateException invalid(String field, String expected) {
        return invalid("champ « " + field + " » : " + expected);
    }
}
