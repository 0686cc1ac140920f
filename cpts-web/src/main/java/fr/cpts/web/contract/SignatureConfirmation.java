package fr.cpts.web.contract;

import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.confirmation.Confirmation;
import java.util.ArrayList;
import java.util.List;

/**
 * What signing the draft commits the viewer's party to, said before the signature: it cannot be withdrawn, the first
 * one freezes the text, the last one puts the contract (or the amendment) in force; with the figures signed.
 */
final class SignatureConfirmation {

    static final String ID = "confirmer-signature";

    private SignatureConfirmation() {}

    /** The confirmation of the viewer's signature of the page's draft (the page must allow it to sign). */
    static Confirmation of(ContractPage page, String base) {
        AciContractDraft draft = page.draft();
        ContractParty party = ContractParty.signingAs(page.viewer()).orElseThrow();
        boolean amendment = draft.version() > 1;
        String what = amendment ? "l'avenant n° " + (draft.version() - 1) : "le contrat ACI";
        List<String> consequences = new ArrayList<>();
        consequences.add("Votre signature est définitive : elle ne pourra pas être retirée.");
        if (draft.signatures().isEmpty()) {
            consequences.add("C'est la première signature : le texte est figé et ne pourra plus être modifié.");
        }
        List<ContractParty> others = draft.missingSignatures().stream()
                .filter(missing -> missing != party)
                .toList();
        if (others.isEmpty()) {
            consequences.add(
                    amendment
                            ? "C'est la dernière signature : l'avenant remplace le contrat en vigueur et les versements "
                                    + "non encore payés sont recalculés."
                            : "C'est la dernière signature : le contrat entre en vigueur et son échéancier de paiement "
                                    + "est établi.");
        } else {
            consequences.add("Il restera "
                    + (others.size() == 1 ? "la signature " : "les signatures ")
                    + String.join(
                            " et ", others.stream().map(ContractParty::ofLabel).toList()) + ".");
        }
        List<Confirmation.Figure> figures = new ArrayList<>();
        figures.add(new Confirmation.Figure("CPTS", page.cpts().name()));
        figures.add(new Confirmation.Figure("Date du contrat", FrenchDates.day(draft.signatureDate())));
        figures.add(new Confirmation.Figure(
                "Population du territoire",
                FrenchNumbers.format(draft.terms().population()) + " habitants (tranche "
                        + draft.terms().bracketCode() + ")"));
        figures.add(new Confirmation.Figure(
                "Missions", String.valueOf(draft.terms().missions().size())));
        if (amendment) {
            figures.add(new Confirmation.Figure(
                    "Clauses changées par l'avenant",
                    String.valueOf(page.changes().size())));
        }
        return new Confirmation(
                ID,
                "Signer " + what + " pour " + party.label() + " ?",
                consequences,
                figures,
                "Je signe " + what,
                base);
    }
}
