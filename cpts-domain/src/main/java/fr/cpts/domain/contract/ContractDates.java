package fr.cpts.domain.contract;

import java.util.List;

/** How a contract's refusals name its versions, lists and durations, in French (dates: {@code FrenchDates}). */
final class ContractDates {

    private ContractDates() {}

    /** Version 1 is the contract itself, version N + 1 its N-th amendment. */
    static String version(int version) {
        return version == 1 ? "le contrat ACI" : "l'avenant n° " + (version - 1);
    }

    /** As in « un avenant au contrat ACI », « un avenant à l'avenant n° 1 ». */
    static String toVersion(int version) {
        return version == 1 ? "au contrat ACI" : "à l'avenant n° " + (version - 1);
    }

    /** « a », « a et b », « a, b et c ». */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }

    /** {@code 1 jour}, {@code 12 jours}. */
    static String days(long count) {
        return count + (count == 1 ? " jour" : " jours");
    }
}
