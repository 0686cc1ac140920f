package fr.cpts.domain.mail;

/** Where a queued mail stands: waiting, sent, kept (no mail server configured), or given up after its retries. */
public enum MailState {
    QUEUED("En attente d'envoi"),
    SENT("Envoyé"),
    KEPT("Conservé sans envoi (aucun serveur de courriel configuré)"),
    FAILED("Échec après plusieurs tentatives");

    private final String label;

    MailState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
