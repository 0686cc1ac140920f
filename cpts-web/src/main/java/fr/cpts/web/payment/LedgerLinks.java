package fr.cpts.web.payment;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.payment.PaymentOrder;
import org.springframework.stereotype.Component;

/**
 * Where each person reads the explanation of an order's amount, and the ledger's own addresses under their prefix:
 * the contract's schedule, the review's statement or the subsidy request (the administrator reads the ledger only).
 */
@Component("ledgerLinks")
public class LedgerLinks {

    /** The ledger's address for that role. */
    public String base(Role role) {
        return prefix(role) + "/paiements";
    }

    /** The page that explains the order's amount, null where the viewer has none. */
    public String explanation(Role role, PaymentOrder order) {
        if (role == Role.ADMINISTRATOR) {
            return null;
        }
        boolean porteur = role == Role.PORTEUR;
        String cpts = prefix(role) + "/cpts/" + order.cpts().value();
        return switch (order.source()) {
            case CONTRACT_SCHEDULE -> (porteur ? "/porteur" : cpts) + "/contrat#echeancier-contrat";
            case REVIEW_STATEMENT -> (porteur ? "/porteur/contrat" : cpts) + "/revues/" + order.contractYear();
            case ASSISTANT_SUBSIDY -> prefix(role) + "/assistants-medicaux/" + order.subsidyRequest();
        };
    }

    private static String prefix(Role role) {
        return switch (role) {
            case PORTEUR -> "/porteur";
            case ARS_OFFICER -> "/ars";
            case CPAM_OFFICER -> "/cpam";
            case ADMINISTRATOR -> "/admin";
        };
    }
}
