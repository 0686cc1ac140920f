package fr.cpts.domain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Days as French people read them in a contract (dd/MM/yyyy). */
final class ContractDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ContractDates() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The day of that instant in metropolitan French time. */
    static String day(Instant at) {
        return DAY.format(at.atZone(PARIS));
    }

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
