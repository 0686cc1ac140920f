package fr.cpts.persistence.contract;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.ContractSignature;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionDeadlines;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.persistence.database.Decimals;
import fr.cpts.persistence.shared.JsonRows;
import fr.cpts.persistence.shared.JsonRows.JsonRow;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.JsonNode;

/** How the contracts are read (the statement that aggregates each contract's parts, and the mapping back), and how a contract's end is written. */
final class ContractRows {

    /**
     * Each contract with its versions, and each version with its missions, indicators, tiers and signatures, in one
     * statement, in their order.
     */
    static final String SELECT = """
            select c.*, (select json_agg(json_build_object('version', v.version,
                    'amendment_reason', v.amendment_reason, 'bracket_code', v.bracket_code,
                    'population', v.population::text,
                    'signatures', (select json_agg(json_build_object('party', s.party, 'username', s.username,
                        'display_name', s.display_name, 'role', s.role, 'signed_at', %s)
                        order by s.signed_at, s.party)
                        from aci_contract_signature s where s.cpts_id = v.cpts_id and s.version = v.version),
                    'missions', (select json_agg(json_build_object('mission', m.mission, 'start_on', m.start_on,
                        'fully_deployed_on', m.fully_deployed_on, 'fixed_amount', m.fixed_amount::text,
                        'fixed_amounts_by_year', m.fixed_amounts_by_year,
                        'indicators', (select json_agg(json_build_object('name', i.name,
                            'baseline', i.baseline::text, 'target', i.target::text, 'reward', i.reward,
                            'amount', i.amount::text,
                            'tiers', (select json_agg(json_build_object('label', t.label,
                                'threshold', t.threshold::text, 'amount', t.amount::text) order by t.position)
                                from aci_contract_indicator_tier t where t.cpts_id = i.cpts_id
                                    and t.version = i.version and t.indicator = i.name)) order by i.position)
                            from aci_contract_indicator i where i.cpts_id = m.cpts_id and i.version = m.version
                                and i.mission = m.mission)) order by m.position)
                        from aci_contract_mission m where m.cpts_id = v.cpts_id and m.version = v.version))
                    order by v.version)
                from aci_contract_version v where v.cpts_id = c.cpts_id) as versions,
                (select json_agg(json_build_object('mission', p.mission, 'started_on', p.started_on,
                    'fully_deployed_on', p.fully_deployed_on, 'start_checked_on', p.start_checked_on))
                from aci_mission_progress p where p.cpts_id = c.cpts_id) as progress
            from aci_contract c where c.cpts_id = any(?) order by c.cpts_id""".formatted(JsonRows.EPOCH.formatted("s.signed_at"));

    /** A contract with its signed versions and the draft (first version or amendment) awaiting signatures. */
    static final RowMapper<VersionedContract> CONTRACT = (row, n) -> {
        CptsId id = new CptsId(row.getLong("cpts_id"));
        LocalDate validatedOn = row.getObject("health_project_validated_on", LocalDate.class);
        LocalDate signatureDate = row.getObject("signature_date", LocalDate.class);
        List<SignedContract> signed = new ArrayList<>();
        AciContractDraft pending = null;
        for (JsonRow version : JsonRows.of(row.getString("versions"))) {
            AciContractDraft draft = AciContractDraft.restore(
                    id,
                    version.integer("version"),
                    version.text("amendment_reason"),
                    validatedOn,
                    signatureDate,
                    MissionDeadlines.forSignatureOn(signatureDate),
                    new ContractTerms(
                            version.text("bracket_code"),
                            version.number("population"),
                            version.rows("missions").stream()
                                    .map(ContractRows::mission)
                                    .toList()),
                    version.rows("signatures").stream()
                            .map(ContractRows::signature)
                            .toList());
            if (draft.missingSignatures().isEmpty()) {
                signed.add(draft.signedContract());
            } else {
                pending = draft;
            }
        }
        Map<Mission, MissionProgress> progress = new EnumMap<>(Mission.class);
        for (JsonRow reported : JsonRows.of(row.getString("progress"))) {
            MissionProgress one = progress(reported);
            progress.put(one.mission(), one);
        }
        return new VersionedContract(
                AciContract.restore(id, signed, pending, end(row)), row.getLong("version"), progress);
    };

    private ContractRows() {}

    private static ContractMission mission(JsonRow mission) {
        return new ContractMission(
                Mission.valueOf(mission.text("mission")),
                mission.date("start_on"),
                mission.date("fully_deployed_on"),
                new Money(mission.decimal("fixed_amount")),
                byYear(mission.node().path("fixed_amounts_by_year")),
                mission.rows("indicators").stream().map(ContractRows::indicator).toList());
    }

    /** The fixed parts by contract year as stored: {@code {"1": "25000.00"}}. */
    static String fixedAmountsByYear(ContractMission mission) {
        return mission.fixedAmountByYear().entrySet().stream()
                .map(year -> "\"" + year.getKey() + "\": \""
                        + year.getValue().amount().toPlainString() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static Map<Integer, Money> byYear(JsonNode stored) {
        Map<Integer, Money> byYear = new TreeMap<>();
        stored.properties()
                .forEach(year -> byYear.put(
                        Integer.valueOf(year.getKey()),
                        new Money(new BigDecimal(year.getValue().asString()))));
        return byYear;
    }

    private static Indicator indicator(JsonRow indicator) {
        return new Indicator(
                indicator.text("name"),
                Decimals.asEntered(indicator.decimal("baseline")),
                Decimals.asEntered(indicator.decimal("target")),
                "BINARY".equals(indicator.text("reward"))
                        ? new BinaryReward(new Money(indicator.decimal("amount")))
                        : new TieredReward(indicator.rows("tiers").stream()
                                .map(tier -> new RewardTier(
                                        tier.text("label"),
                                        Decimals.asEntered(tier.decimal("threshold")),
                                        new Money(tier.decimal("amount"))))
                                .toList()));
    }

    /** What the CPTS reported of one mission. */
    static MissionProgress progress(JsonRow reported) {
        return new MissionProgress(
                Mission.valueOf(reported.text("mission")),
                reported.date("started_on"),
                reported.date("fully_deployed_on"),
                reported.date("start_checked_on"));
    }

    /** Records the end of a contract, once (a trigger keeps it final). */
    static final String WRITE_END = """
            update aci_contract set end_cause = ?, ended_on = ?, end_reason = ?, ended_by = ?, ended_by_name = ?,
                ended_by_role = ?, end_recorded_at = ?
            where cpts_id = ? and end_cause is null""";

    static Object[] endValues(ContractEnd end, long cpts) {
        return new Object[] {
            end.cause().name(),
            Date.valueOf(end.endsOn()),
            end.reason(),
            end.by().username(),
            end.by().displayName(),
            end.by().role().name(),
            Timestamp.from(end.recordedAt()),
            cpts
        };
    }

    private static ContractEnd end(ResultSet row) throws SQLException {
        String cause = row.getString("end_cause");
        if (cause == null) {
            return null;
        }
        return new ContractEnd(
                EndCause.valueOf(cause),
                row.getObject("ended_on", LocalDate.class),
                row.getString("end_reason"),
                new Actor(
                        row.getString("ended_by"),
                        row.getString("ended_by_name"),
                        Role.valueOf(row.getString("ended_by_role"))),
                row.getTimestamp("end_recorded_at").toInstant());
    }

    private static ContractSignature signature(JsonRow signature) {
        return new ContractSignature(
                ContractParty.valueOf(signature.text("party")),
                new Actor(
                        signature.text("username"),
                        signature.text("display_name"),
                        Role.valueOf(signature.text("role"))),
                signature.instant("signed_at"));
    }
}
