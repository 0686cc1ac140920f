package fr.cpts.web.contract;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;

/**
 * A mission's fixed part for the contract years where it differs, as the parties type it: one « année : montant » a
 * line (or separated by « ; »), e.g. « 1 : 25 000 » for writing the crisis plan in year 1; empty when every year pays
 * the yearly fixed part.
 */
final class FixedPartsByYear {

    private FixedPartsByYear() {}

    /** The text of stored amounts, one year a line. */
    static String text(Map<Integer, Money> byYear) {
        return byYear.entrySet().stream()
                .map(year -> year.getKey() + " : "
                        + FrenchNumbers.format(year.getValue().amount()))
                .collect(Collectors.joining("\n"));
    }

    /** The amounts typed, or null after rejecting each malformed line on the field, naming the mission. */
    static Map<Integer, Money> parse(String text, String field, String where, BindingResult binding) {
        Map<Integer, Money> byYear = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return byYear;
        }
        int errors = binding.getErrorCount();
        for (String entry : text.split("[\\n;]")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", 2);
            String year = parts[0].strip();
            if (parts.length != 2 || !year.matches("[1-9][0-9]?")) {
                binding.rejectValue(
                        field,
                        "invalid",
                        where + " : « " + entry.strip() + " » n'est pas de la forme « année : montant », par exemple "
                                + "« 1 : 25 000 ».");
                continue;
            }
            Money amount = Typed.euros(parts[1], field, where + " : la part fixe de l'année " + year, binding);
            if (amount != null && byYear.put(Integer.parseInt(year), amount) != null) {
                binding.rejectValue(field, "invalid", where + " : l'année " + year + " est donnée deux fois.");
            }
        }
        return binding.getErrorCount() > errors ? null : byYear;
    }
}
