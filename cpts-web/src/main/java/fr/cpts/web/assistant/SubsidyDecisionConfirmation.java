package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.confirmation.Confirmation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What accepting or refusing a medical-assistant subsidy request commits the caisse to, said before the decision: it
 * is final, what the porteur will see, and for an acceptance the aid that becomes due on the barème.
 */
final class SubsidyDecisionConfirmation {

    static final String ACCEPT_ID = "confirmer-acceptation";

    static final String REFUSE_ID = "confirmer-refus";

    private SubsidyDecisionConfirmation() {}

    /** The confirmation of that decision on the page's request, with the reason posted, if any; none for other moves. */
    static Optional<Confirmation> of(RequestPage page, SubsidyRequestMove move, String reason, String base) {
        if (move != SubsidyRequestMove.ACCEPT && move != SubsidyRequestMove.REFUSE) {
            return Optional.empty();
        }
        boolean accept = move == SubsidyRequestMove.ACCEPT;
        AssistantSubsidyApplication filing = page.request().application();
        SubsidyAssessment assessment = page.assessment();
        List<String> consequences = new ArrayList<>();
        consequences.add("La décision est définitive : la demande ne pourra plus être modifiée ni décidée de nouveau.");
        if (accept) {
            consequences.add("Le porteur de projet voit la demande acceptée ; l'aide prévue par le barème devient due "
                    + "selon l'échéancier de la demande.");
        } else {
            consequences.add("Le porteur de projet voit la demande refusée, avec le motif saisi.");
        }
        List<Confirmation.Figure> figures = new ArrayList<>();
        figures.add(new Confirmation.Figure("Médecin", filing.doctor().fullName()));
        figures.add(new Confirmation.Figure("CPTS", page.cpts().name()));
        figures.add(new Confirmation.Figure(
                "Temps de travail de l'assistant", filing.workingTime().label()));
        figures.add(new Confirmation.Figure("Date d'embauche", FrenchDates.day(filing.hiringDate())));
        if (accept && !assessment.schedule().isEmpty()) {
            figures.add(new Confirmation.Figure("Barème", assessment.ruleSet()));
            figures.add(new Confirmation.Figure(
                    "Aide prévue sur " + assessment.schedule().size() + " ans",
                    assessment.total().toString()));
        }
        if (reason != null && !reason.isBlank()) {
            figures.add(new Confirmation.Figure("Motif", reason.strip()));
        }
        String doctor = filing.doctor().fullName();
        return Optional.of(new Confirmation(
                accept ? ACCEPT_ID : REFUSE_ID,
                (accept ? "Accepter" : "Refuser") + " la demande d'aide pour l'assistant médical (" + doctor + ") ?",
                consequences,
                figures,
                accept ? "J'accepte la demande" : "Je refuse la demande",
                base + "/" + page.id() + "#decision"));
    }
}
