package fr.cpts.web.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a decision letter of the ARS shows, prepared by the caller when the decision is made: the agency, the officer
 * who decided, the day, the decision and its reason, the CPTS and its territory.
 *
 * @param agency       e.g. {@code Agence régionale de santé Nouvelle-Aquitaine}
 * @param officer      the officer's name, e.g. {@code Claire Martin}
 * @param officerRole  e.g. {@code Agent ARS}
 * @param title        the letter's object, e.g. {@code Validation de la lettre d'intention}
 * @param decision     the decision in one sentence
 * @param reason       why, as the officer wrote it; null when the decision needs none
 * @param departement  e.g. {@code Gironde (33)}
 * @param communes     the territory's communes, e.g. {@code Bazas (33036)}; empty while none is drawn
 * @param population   the known population of those communes
 */
public record DecisionLetterDocument(
        String agency,
        String officer,
        String officerRole,
        LocalDate issuedOn,
        String title,
        String decision,
        String reason,
        String cptsName,
        String departement,
        String region,
        List<String> communes,
        long population) {

    public DecisionLetterDocument {
        Objects.requireNonNull(agency, "agence");
        Objects.requireNonNull(officer, "agent");
        Objects.requireNonNull(officerRole, "rôle de l'agent");
        Objects.requireNonNull(issuedOn, "date");
        Objects.requireNonNull(title, "objet");
        Objects.requireNonNull(decision, "décision");
        Objects.requireNonNull(cptsName, "CPTS");
        Objects.requireNonNull(departement, "département");
        Objects.requireNonNull(region, "région");
        communes = List.copyOf(communes);
    }
}
