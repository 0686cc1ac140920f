package fr.cpts.web.payment;

import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.payment.DueLine;
import fr.cpts.domain.payment.PaymentSource;
import fr.cpts.funding.assistant.CommitmentOutcome;
import fr.cpts.funding.contract.ContractPaymentLine;
import fr.cpts.funding.contract.ContractSchedule;
import fr.cpts.funding.contract.ScheduleYear;
import fr.cpts.web.assistant.AssistantSubsidyEngine;
import fr.cpts.web.assistant.SubsidyAssessment;
import fr.cpts.web.contract.ContractQueries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a CPTS's ledger must hold today, line by line, as the funding rules compute it: every known payment of the
 * schedule of its contract in force (a recovery as a negative amount; a payment still pending its review, or still
 * to confirm, is no order yet), the balance of each closed review's statement, and each year of the accepted
 * medical-assistant subsidies whose aid is settled (a year awaiting the doctor's patient list, or modulated « à
 * confirmer », waits).
 */
@Component
class DueLines {

    private final ContractQueries contracts;
    private final AssistantSubsidyRequests subsidies;
    private final AssistantSubsidyEngine engine;

    DueLines(ContractQueries contracts, AssistantSubsidyRequests subsidies, AssistantSubsidyEngine engine) {
        this.contracts = contracts;
        this.subsidies = subsidies;
        this.engine = engine;
    }

    List<DueLine> of(CptsRecord cpts) {
        List<DueLine> lines = new ArrayList<>();
        contracts.scheduleInForce(cpts.id()).ifPresent(schedule -> lines.addAll(contractLines(cpts, schedule)));
        for (AssistantSubsidyRequest request : subsidies.ofCpts(List.of(cpts.id()))) {
            if (request.state() == SubsidyRequestState.ACCEPTED) {
                lines.addAll(subsidyLines(request));
            }
        }
        return lines;
    }

    private static List<DueLine> contractLines(CptsRecord cpts, ContractSchedule schedule) {
        List<DueLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ScheduleYear year : schedule.years()) {
            for (ContractPaymentLine line : year.lines()) {
                if (line.isPending() || line.toConfirm()) {
                    continue;
                }
                BigDecimal amount = line.amount().orElseThrow().amount();
                String key = "aci:" + year.number() + ":" + line.label();
                int same = seen.merge(key, 1, Integer::sum);
                lines.add(new DueLine(
                        same == 1 ? key : key + "#" + same,
                        year.isStatementBalance(line)
                                ? PaymentSource.REVIEW_STATEMENT
                                : PaymentSource.CONTRACT_SCHEDULE,
                        null,
                        year.number(),
                        line.date(),
                        line.label(),
                        cpts.name(),
                        line.recovered() ? amount.negate() : amount));
            }
        }
        return lines;
    }

    private List<DueLine> subsidyLines(AssistantSubsidyRequest request) {
        SubsidyAssessment assessment = engine.assess(request);
        long id = request.id().orElseThrow().value();
        String doctor = request.application().doctor().fullName();
        List<DueLine> lines = new ArrayList<>();
        for (SubsidyAssessment.ScheduleYear year : assessment.schedule()) {
            CommitmentOutcome commitment = year.commitment();
            if (commitment.toConfirm() || commitment.state() == CommitmentOutcome.State.AWAITING_DECLARATION) {
                continue;
            }
            lines.add(new DueLine(
                    "assistant:" + id + ":" + year.year(),
                    PaymentSource.ASSISTANT_SUBSIDY,
                    id,
                    year.year(),
                    year.from(),
                    "Aide à l'emploi d'un assistant médical – " + doctor + " – année " + year.year(),
                    doctor,
                    year.due().amount().amount()));
        }
        return lines;
    }
}
