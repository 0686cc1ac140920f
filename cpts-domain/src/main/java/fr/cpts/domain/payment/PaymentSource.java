package fr.cpts.domain.payment;

/** What a payment order pays, which says where its amount is explained. */
public enum PaymentSource {
    CONTRACT_SCHEDULE("Échéancier du contrat ACI"),
    REVIEW_STATEMENT("Décompte de la revue annuelle"),
    ASSISTANT_SUBSIDY("Aide à l'emploi d'un assistant médical");

    private final String label;

    PaymentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
