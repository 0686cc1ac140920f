package fr.cpts.web.payment;

import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.web.export.Column;
import fr.cpts.web.export.Export;
import java.util.List;
import org.springframework.stereotype.Component;

/** The ledger's columns in a file, as the list shows them: one line per order of the view. */
@Component
class LedgerExport {

    Export<LedgerRow> of(LedgerView view) {
        return new Export<>(
                "paiements " + view.label(),
                List.of(
                        Column.integer("N° d'ordre", row -> row.order().id()),
                        Column.date("Échéance", row -> row.order().dueOn()),
                        Column.text("CPTS", LedgerRow::cptsName),
                        Column.text("Département", LedgerRow::departement),
                        Column.text("Bénéficiaire", row -> row.order().beneficiary()),
                        Column.text("Origine", row -> row.order().source().label()),
                        Column.integer("Année du contrat", row -> row.order().contractYear()),
                        Column.text("Objet", row -> row.order().label()),
                        Column.text("Régularisation", row -> row.order().regularisation() ? "oui" : "non"),
                        Column.money("Montant (€)", row -> row.order().amount()),
                        Column.text("État", row -> row.order().state().label()),
                        Column.date("Payé le", row -> row.order().paidOn()),
                        Column.text("Référence comptable", row -> row.order().reference()),
                        Column.text("Motif de suspension", row -> row.order().suspendedReason())));
    }
}
