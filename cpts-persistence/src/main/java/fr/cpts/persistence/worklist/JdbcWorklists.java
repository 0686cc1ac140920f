package fr.cpts.persistence.worklist;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.worklist.PorteurSituation;
import fr.cpts.domain.worklist.PorteurSituation.Balance;
import fr.cpts.domain.worklist.PorteurSituation.ContractFacts;
import fr.cpts.domain.worklist.PorteurSituation.DossierFacts;
import fr.cpts.domain.worklist.PorteurSituation.Drafts;
import fr.cpts.domain.worklist.PorteurSituation.PendingVersion;
import fr.cpts.domain.worklist.PorteurSituation.ReviewFacts;
import fr.cpts.domain.worklist.QueueLoad;
import fr.cpts.domain.worklist.WorkQueue;
import fr.cpts.domain.worklist.Worklists;
import fr.cpts.persistence.dossier.DossierSql;
import fr.cpts.persistence.shared.JsonRows;
import fr.cpts.persistence.shared.JsonRows.JsonRow;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The porteur's situation and the officers' queues, each in one statement: every part of the situation is a JSON
 * aggregate of the same row; every queue is one row of a {@code union all}, counted over the scope.
 */
@Repository
@Transactional(readOnly = true)
class JdbcWorklists implements Worklists {

    private static final String DAY = "(%s at time zone 'Europe/Paris')::date";
    private static final String SITUATION = """
            select
              (select json_agg(json_build_object(
                  'kind', d.kind, 'state', d.state, 'since', %1$s,
                  'ars_message', case when %2$s = 'ARS_OFFICER' then %3$s end,
                  'reason', (select t.reason from dossier_transition t where t.dossier_id = d.id
                             order by t.position desc limit 1)))
               from dossier d where d.cpts_id = ?) as dossiers,
              (select json_build_object(
                  'signed_on', case when (select count(*) from aci_contract_signature s
                                          where s.cpts_id = k.cpts_id and s.version = 1) = 3
                                    then k.signature_date end,
                  'ended_on', k.ended_on,
                  'deadline', k.next_unmet_deadline,
                  'pending', (select json_build_object(
                                  'version', v.version,
                                  'signed', (select coalesce(json_agg(s.party), '[]') from aci_contract_signature s
                                             where s.cpts_id = v.cpts_id and s.version = v.version),
                                  'last', (select %4$s from aci_contract_signature s
                                           where s.cpts_id = v.cpts_id and s.version = v.version))
                              from aci_contract_version v
                              where v.cpts_id = k.cpts_id
                                and (select count(*) from aci_contract_signature s
                                     where s.cpts_id = v.cpts_id and s.version = v.version) < 3
                              order by v.version desc limit 1))
               from aci_contract k where k.cpts_id = ?) as contract,
              (select json_agg(json_build_object('year', r.contract_year, 'state', r.state, 'since', %5$s))
               from yearly_review r where r.cpts_id = ?) as reviews,
              (select json_agg(json_build_object('year', o.contract_year, 'amount', o.amount::text, 'due', o.due_on))
               from payment_order o
               where o.cpts_id = ? and o.source = 'REVIEW_STATEMENT' and o.state = 'DUE' and o.amount > 0) as balances,
              (select json_build_object('count', count(*), 'oldest', %6$s)
               from assistant_subsidy_request a where a.cpts_id = ? and a.state = 'DRAFT'
               having count(*) > 0) as drafts""".formatted(
                    DAY.formatted("d.in_state_since"),
                    DossierSql.lastMessage("author_role"),
                    DAY.formatted(DossierSql.lastMessage("at")),
                    DAY.formatted("max(s.signed_at)"),
                    DAY.formatted("r.in_state_since"),
                    DAY.formatted("min(a.in_state_since)"));

    private final JdbcTemplate jdbc;

    JdbcWorklists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PorteurSituation situationOf(CptsId cpts) {
        long id = cpts.value();
        return jdbc.queryForObject(
                SITUATION,
                (row, n) -> new PorteurSituation(
                        JsonRows.of(row.getString("dossiers")).stream()
                                .map(JdbcWorklists::dossier)
                                .toList(),
                        JsonRows.one(row.getString("contract")).map(JdbcWorklists::contract),
                        JsonRows.of(row.getString("reviews")).stream()
                                .map(review -> new ReviewFacts(
                                        review.integer("year"),
                                        ReviewState.valueOf(review.text("state")),
                                        review.date("since")))
                                .toList(),
                        JsonRows.of(row.getString("balances")).stream()
                                .map(balance -> new Balance(
                                        balance.integer("year"), balance.decimal("amount"), balance.date("due")))
                                .toList(),
                        JsonRows.one(row.getString("drafts"))
                                .map(drafts -> new Drafts(drafts.number("count"), drafts.date("oldest")))),
                id,
                id,
                id,
                id,
                id);
    }

    private static DossierFacts dossier(JsonRow dossier) {
        return new DossierFacts(
                DossierKind.valueOf(dossier.text("kind")),
                DossierState.valueOf(dossier.text("state")),
                dossier.date("since"),
                Optional.ofNullable(dossier.date("ars_message")),
                Optional.ofNullable(dossier.text("reason")));
    }

    private static ContractFacts contract(JsonRow contract) {
        Optional<PendingVersion> pending = contract.row("pending")
                .map(version -> new PendingVersion(
                        version.integer("version"),
                        version.rows("signed").stream()
                                .map(party -> ContractParty.valueOf(party.node().asString()))
                                .collect(Collectors.toSet()),
                        Optional.ofNullable(version.date("last"))));
        return new ContractFacts(
                Optional.ofNullable(contract.date("signed_on")),
                Optional.ofNullable(contract.date("ended_on")),
                pending,
                Optional.ofNullable(contract.date("deadline")));
    }

    @Override
    public List<QueueLoad> queuesOf(Role role, AccessScope scope, LocalDate today) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        List<String> parts = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (WorkQueue queue : WorkQueue.of(role)) {
            Count count = count(queue, today);
            parts.add(
                    "select '" + queue.name() + "' as queue, count(*) as items, min(" + count.oldest() + ") as oldest "
                            + count.from() + " join cpts c on c.id = " + count.cptsColumn() + " where " + count.where()
                            + " and " + inScope.sql());
            arguments.addAll(count.arguments());
            arguments.addAll(inScope.arguments());
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<WorkQueue, QueueLoad> loads = new EnumMap<>(WorkQueue.class);
        jdbc.query(
                String.join("\nunion all\n", parts),
                row -> {
                    WorkQueue queue = WorkQueue.valueOf(row.getString("queue"));
                    Date oldest = row.getDate("oldest");
                    loads.put(
                            queue,
                            new QueueLoad(
                                    queue,
                                    row.getLong("items"),
                                    Optional.ofNullable(oldest).map(Date::toLocalDate)));
                },
                arguments.toArray());
        return WorkQueue.of(role).stream().map(loads::get).toList();
    }

    /** How one queue is counted: its rows, the CPTS column they join, the condition, and the day of the oldest. */
    private record Count(String from, String cptsColumn, String where, String oldest, List<Object> arguments) {

        Count(String from, String cptsColumn, String where, String oldest) {
            this(from, cptsColumn, where, oldest, List.of());
        }
    }

    private static Count count(WorkQueue queue, LocalDate today) {
        return switch (queue) {
            case DOSSIERS_TO_INSTRUCT ->
                new Count(
                        "from dossier d", "d.cpts_id", DossierSql.AWAITING_DECISION, DAY.formatted("d.in_state_since"));
            case ANSWERS_RECEIVED ->
                new Count(
                        "from dossier d",
                        "d.cpts_id",
                        DossierSql.ANSWERED_BY_PORTEUR,
                        DAY.formatted(DossierSql.lastMessage("at")));
            case ARS_SIGNATURES -> signatures(ContractParty.ARS);
            case CPAM_SIGNATURES -> signatures(ContractParty.CPAM);
            case CRISES_TO_RECORD ->
                new Count(
                        "from yearly_review r",
                        "r.cpts_id",
                        "r.state <> 'CLOSED' and not r.crisis_declared",
                        DAY.formatted("r.opened_at"));
            case OPINIONS_TO_GIVE ->
                new Count(
                        "from dossier_opinion o join dossier d on d.id = o.dossier_id",
                        "d.cpts_id",
                        "o.body = 'CPAM' and o.answered_at is null and d.state not in " + DossierSql.DECIDED,
                        DAY.formatted("o.requested_at"));
            case REVIEWS_TO_EXAMINE ->
                new Count(
                        "from yearly_review r",
                        "r.cpts_id",
                        "r.state = 'SUBMITTED'",
                        DAY.formatted("r.in_state_since"));
            case SUBSIDY_REQUESTS_TO_DECIDE ->
                new Count(
                        "from assistant_subsidy_request a",
                        "a.cpts_id",
                        "a.state = 'FILED'",
                        DAY.formatted("a.in_state_since"));
            case PAYMENTS_DUE ->
                new Count(
                        "from payment_order o",
                        "o.cpts_id",
                        "o.state = 'DUE' and o.due_on between ? and ?",
                        "o.due_on",
                        List.of(
                                Date.valueOf(today.withDayOfMonth(1)),
                                Date.valueOf(today.with(TemporalAdjusters.lastDayOfMonth()))));
            case PAYMENTS_LATE ->
                new Count(
                        "from payment_order o",
                        "o.cpts_id",
                        "o.state = 'DUE' and o.due_on < ?",
                        "o.due_on",
                        List.of(Date.valueOf(today)));
        };
    }

    /**
     * The versions that party has not signed yet, once someone started signing or the contract is drafted: waiting
     * since the last signature on it (a version nobody signed has no day).
     */
    private static Count signatures(ContractParty party) {
        String signatures = "from aci_contract_signature s where s.cpts_id = v.cpts_id and s.version = v.version";
        return new Count(
                "from aci_contract_version v",
                "v.cpts_id",
                "(select count(*) " + signatures + ") < 3 and not exists (select 1 " + signatures + " and s.party = '"
                        + party.name() + "')",
                "(select " + DAY.formatted("max(s.signed_at)") + " " + signatures + ")");
    }
}
