package fr.cpts.web.worklist;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.worklist.PorteurSituation;
import fr.cpts.domain.worklist.PorteurTodo;
import fr.cpts.domain.worklist.QueueLoad;
import fr.cpts.domain.worklist.TodoItem;
import fr.cpts.domain.worklist.TodoKind;
import fr.cpts.domain.worklist.WorkQueue;
import fr.cpts.domain.worklist.Worklists;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds the porteur's « À faire » list and the officers' « Mon travail » panel from what waits, today. */
@Service
public class Worklist {

    /** The kinds whose day is a due day (shown in the sentence), not a day since when it waits. */
    private static final Set<TodoKind> DUE =
            Set.of(TodoKind.MISSIONS_LATE, TodoKind.MISSIONS_DUE_SOON, TodoKind.BALANCE_DUE);

    private final Worklists worklists;
    private final MessageSource messages;
    private final FrenchFormats formats;
    private final Clock clock;

    Worklist(Worklists worklists, MessageSource messages, FrenchFormats formats, Clock clock) {
        this.worklists = worklists;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    /** The CPTS's « À faire » list and the contract year it stands in, if its contract is in force. */
    public PorteurTodoList porteur(CptsRecord cpts) {
        LocalDate today = FrenchFormats.today(clock);
        PorteurSituation situation = worklists.situationOf(cpts.id());
        return new PorteurTodoList(
                PorteurTodo.of(situation, today).stream().map(this::line).toList(),
                PorteurTodo.contractYear(situation, today));
    }

    /** The queues of the officer's panel over their scope. */
    public List<WorkTile> officer(Account officer) {
        LocalDate today = FrenchFormats.today(clock);
        return worklists.queuesOf(officer.role(), officer.scope(), today).stream()
                .map(load -> tile(load, today))
                .toList();
    }

    /** The « À faire » list, and the contract year today falls in. */
    public record PorteurTodoList(List<TodoLine> lines, OptionalInt contractYear) {

        public boolean hasContractYear() {
            return contractYear.isPresent();
        }

        public long toDo() {
            return lines.stream().filter(TodoLine::forTheCpts).count();
        }
    }

    private TodoLine line(TodoItem item) {
        String day = item.on().map(formats::day).orElse("");
        Object[] arguments = {
            item.dossier().map(this::dossierName).orElse(""),
            item.number(),
            item.amount().map(amount -> formats.number(amount) + " €").orElse(""),
            parties(item.parties()),
            day,
            item.kind() == TodoKind.CONTRACT_TO_SIGN || item.kind() == TodoKind.CONTRACT_AWAITING_SIGNATURES
                    ? versionName(item)
                    : ""
        };
        String since = DUE.contains(item.kind()) || day.isEmpty() ? "" : text("todo.since", day);
        return new TodoLine(
                item.kind().forTheCpts(),
                item.late(),
                text("todo." + item.kind().name(), arguments),
                since,
                item.reason().orElse(""),
                link(item));
    }

    private String dossierName(DossierKind kind) {
        return messages.getMessage("todo.dossier." + kind.name(), null, Locale.FRANCE);
    }

    private String versionName(TodoItem item) {
        return item.amendment()
                ? text("todo.version.amendment", item.number() - 1)
                : messages.getMessage("todo.version.contract", null, Locale.FRANCE);
    }

    private String parties(List<ContractParty> parties) {
        List<String> names = parties.stream().map(ContractParty::ofLabel).toList();
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            case 2 -> text("todo.parties.two", names.get(0), names.get(1));
            default -> text("todo.parties.three", names.get(0), names.get(1), names.get(2));
        };
    }

    private static String link(TodoItem item) {
        return switch (item.kind()) {
            case DOSSIER_TO_START, DOSSIER_TO_FILE, DOSSIER_TO_CORRECT, DOSSIER_FILED, DOSSIER_WITH_ARS ->
                dossierPage(item);
            case MESSAGE_TO_ANSWER -> dossierPage(item) + "#messages";
            case CONTRACT_TO_PREPARE, CONTRACT_TO_SIGN, CONTRACT_AWAITING_SIGNATURES -> "/porteur/contrat";
            case MISSIONS_LATE, MISSIONS_DUE_SOON -> "/porteur/contrat#missions";
            case REVIEW_TO_OPEN -> "/porteur/contrat/revues";
            case REVIEW_TO_DECLARE, REVIEW_TO_CORRECT, REVIEW_WITH_CPAM -> "/porteur/contrat/revues/" + item.number();
            case BALANCE_DUE -> "/porteur/paiements";
            case SUBSIDY_REQUEST_TO_FILE -> "/porteur/assistants-medicaux";
        };
    }

    private static String dossierPage(TodoItem item) {
        return item.dossier().orElseThrow() == DossierKind.LETTRE_INTENTION
                ? "/porteur/dossiers/lettre-intention"
                : "/porteur/dossiers/projet-sante";
    }

    private WorkTile tile(QueueLoad load, LocalDate today) {
        String oldest = load.count() == 0
                ? ""
                : load.oldestOn()
                        .map(day -> load.queue() == WorkQueue.PAYMENTS_DUE || load.queue() == WorkQueue.PAYMENTS_LATE
                                ? text("work.oldestDue", formats.day(day))
                                : text("work.oldestSince", ChronoUnit.DAYS.between(day, today)))
                        .orElse("");
        return new WorkTile(load.queue(), load.count(), oldest, link(load.queue()));
    }

    private static String link(WorkQueue queue) {
        return switch (queue) {
            case DOSSIERS_TO_INSTRUCT -> "/ars/dossiers?vue=a-traiter";
            case ANSWERS_RECEIVED -> "/ars/dossiers?vue=reponses";
            case ARS_SIGNATURES -> "/ars/contrats?filtre=a-signer";
            case CRISES_TO_RECORD -> "/ars/revues";
            case OPINIONS_TO_GIVE -> "/cpam/avis";
            case CPAM_SIGNATURES -> "/cpam/contrats?filtre=a-signer";
            case REVIEWS_TO_EXAMINE -> "/cpam/revues";
            case SUBSIDY_REQUESTS_TO_DECIDE -> "/cpam/assistants-medicaux";
            case PAYMENTS_DUE -> "/cpam/paiements?vue=mois";
            case PAYMENTS_LATE -> "/cpam/paiements?vue=en-retard";
        };
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.FRANCE);
    }
}
