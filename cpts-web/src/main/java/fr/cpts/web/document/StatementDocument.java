package fr.cpts.web.document;

import static fr.cpts.web.document.ContractDocument.required;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.AssessmentDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the PDF of a yearly payment statement (relevé de paiement) shows, prepared by the caller once the CPAM closed
 * the yearly review: the fixed part due, what each indicator of the variable part earned and why, the totals, the
 * advances already paid and the balance.
 *
 * <p>The amounts are shown as given: the caller computes them (with the funding rules), this record does not redo the
 * sums.
 *
 * @param cptsName         e.g. {@code CPTS Sud Gironde}
 * @param contractVersion  the contract version the year was reviewed under (1 for the contract itself)
 * @param yearNumber       the contract year, 1 to 5
 * @param yearStart        its first day
 * @param yearEnd          its last day
 * @param ruleSetName      the rules the amounts come from
 * @param fixedLines       the fixed part, one line per mission (or per item)
 * @param variableLines    the variable part, one line per indicator
 * @param fixedDue         the fixed part due for the year
 * @param variableEarned   the variable part earned for the year
 * @param totalDue         fixed part plus variable part
 * @param advancesPaid     the advances already paid for the year
 * @param balanceDue       what remains to pay
 * @param closedOn         the day the CPAM closed the review
 * @param closedBy         the CPAM officer who closed it, e.g. {@code Julien Bernard, agent de la CPAM de la Gironde}
 */
public record StatementDocument(
        String cptsName,
        int contractVersion,
        int yearNumber,
        LocalDate yearStart,
        LocalDate yearEnd,
        String ruleSetName,
        List<FixedLine> fixedLines,
        List<VariableLine> variableLines,
        Money fixedDue,
        Money variableEarned,
        Money totalDue,
        Money advancesPaid,
        Money balanceDue,
        LocalDate closedOn,
        String closedBy) {

    public StatementDocument {
        cptsName = required(cptsName, "nom de la CPTS");
        if (contractVersion < 1) {
            throw new IllegalArgumentException("Version de contrat invalide : " + contractVersion + ".");
        }
        if (yearNumber < 1) {
            throw new IllegalArgumentException("Année de contrat invalide : " + yearNumber + ".");
        }
        Objects.requireNonNull(yearStart, "début de l'année de contrat");
        Objects.requireNonNull(yearEnd, "fin de l'année de contrat");
        if (yearEnd.isBefore(yearStart)) {
            throw new IllegalArgumentException("L'année de contrat finit avant de commencer.");
        }
        ruleSetName = required(ruleSetName, "règles de financement");
        fixedLines = List.copyOf(Objects.requireNonNull(fixedLines, "part fixe"));
        variableLines = List.copyOf(Objects.requireNonNull(variableLines, "part variable"));
        Objects.requireNonNull(fixedDue, "part fixe due");
        Objects.requireNonNull(variableEarned, "part variable acquise");
        Objects.requireNonNull(totalDue, "total dû");
        Objects.requireNonNull(advancesPaid, "avances versées");
        Objects.requireNonNull(balanceDue, "solde");
        Objects.requireNonNull(closedOn, "date de clôture");
        closedBy = required(closedBy, "agent de la CPAM qui a clôturé la revue");
    }

    /** One line of the fixed part, e.g. a mission and its yearly amount. */
    public record FixedLine(String label, Money amount) {

        public FixedLine {
            label = required(label, "libellé de la part fixe");
            Objects.requireNonNull(amount, "montant de la part fixe");
        }
    }

    /**
     * One indicator of the variable part, as declared by the CPTS and as the CPAM retained it.
     *
     * @param name              the indicator's name
     * @param declaredValue     the value the CPTS declared, as it is read, e.g. {@code 9 %}
     * @param retainedValue     the value the CPAM retained
     * @param decision          accepted as declared, or adjusted by the CPAM
     * @param adjustmentReason  why the CPAM adjusted it: required when adjusted, absent otherwise
     * @param earned            what the indicator earned
     * @param explanation       how that amount follows from the retained value, in French
     */
    public record VariableLine(
            String name,
            String declaredValue,
            String retainedValue,
            AssessmentDecision decision,
            String adjustmentReason,
            Money earned,
            String explanation) {

        public VariableLine {
            name = required(name, "nom de l'indicateur");
            declaredValue = required(declaredValue, "valeur déclarée");
            retainedValue = required(retainedValue, "valeur retenue");
            Objects.requireNonNull(decision, "décision");
            adjustmentReason = adjustmentReason == null || adjustmentReason.isBlank() ? null : adjustmentReason.strip();
            if (decision == AssessmentDecision.ADJUSTED && adjustmentReason == null) {
                throw new IllegalArgumentException("L'ajustement de l'indicateur « " + name + " » doit être motivé.");
            }
            if (decision == AssessmentDecision.ACCEPTED && adjustmentReason != null) {
                throw new IllegalArgumentException(
                        "L'indicateur « " + name + " » est accepté : il n'a pas de motif d'ajustement.");
            }
            Objects.requireNonNull(earned, "montant acquis");
            explanation = required(explanation, "explication du montant");
        }

        /** Whether the CPAM changed the declared value. */
        public boolean adjusted() {
            return decision == AssessmentDecision.ADJUSTED;
        }
    }
}
