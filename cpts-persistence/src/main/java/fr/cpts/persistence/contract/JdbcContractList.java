package fr.cpts.persistence.contract;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.contract.ContractList;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.DeadlineStatus;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.cpts.JdbcCptsRecords;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' contract list in one query, sorted on the stored earliest unmet deadline
 * ({@code aci_contract.next_unmet_deadline}, kept by triggers on signatures and progress reports), filtered by
 * scope and paged in PostgreSQL.
 */
@Repository
@Transactional(readOnly = true)
class JdbcContractList implements ContractList {

    private final JdbcTemplate jdbc;

    JdbcContractList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<CptsRecord> withContract(
            AccessScope scope, LocalDate today, Optional<ContractParty> awaitingSignatureOf, PageRequest page) {
        return withContractQuery(scope, today, awaitingSignatureOf).read(jdbc, page, JdbcCptsRecords.RECORD);
    }

    @Override
    public void eachWithContract(
            AccessScope scope,
            LocalDate today,
            Optional<ContractParty> awaitingSignatureOf,
            Consumer<CptsRecord> consumer) {
        withContractQuery(scope, today, awaitingSignatureOf).each(jdbc, JdbcCptsRecords.RECORD, consumer);
    }

    private static PagedQuery withContractQuery(
            AccessScope scope, LocalDate today, Optional<ContractParty> awaitingSignatureOf) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        // ISO dates, written by the platform itself: safe as literals, and the count statement needs no more binds
        String late = "date '" + today + "'";
        String soon = "date '" + today.plusDays(DeadlineStatus.WARNING_DAYS) + "'";
        // a version not signed by the three parties yet, which that party has not signed (the party is an enum name)
        String awaiting = awaitingSignatureOf
                .map(party -> " and exists (select 1 from aci_contract_version v where v.cpts_id = k.cpts_id"
                        + " and (select count(*) from aci_contract_signature s where s.cpts_id = v.cpts_id"
                        + " and s.version = v.version) < 3 and not exists (select 1 from aci_contract_signature s"
                        + " where s.cpts_id = v.cpts_id and s.version = v.version and s.party = '" + party.name()
                        + "'))")
                .orElse("");
        return new PagedQuery(
                "c.id, c.name, c.region_code, c.departement_code, c.stage",
                "from aci_contract k join cpts c on c.id = k.cpts_id where " + inScope.sql() + awaiting,
                "case when k.next_unmet_deadline < " + late + " then 0 when k.next_unmet_deadline <= " + soon
                        + " then 1 else 2 end, c.name, c.id",
                inScope.arguments());
    }

    @Override
    public List<CptsId> withNextDeadlineOn(LocalDate day) {
        return jdbc.query(
                "select cpts_id from aci_contract where next_unmet_deadline = ? order by cpts_id",
                (row, n) -> new CptsId(row.getLong("cpts_id")),
                day);
    }
}
