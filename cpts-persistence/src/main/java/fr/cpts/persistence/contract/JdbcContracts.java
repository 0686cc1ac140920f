package fr.cpts.persistence.contract;

import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractConflict;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractSignature;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.ArchivedDocument;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts port on PostgreSQL. A version's terms are written once, or rewritten while nobody has signed it (the
 * database refuses any other change); signatures are only ever added.
 */
@Repository
@Transactional(readOnly = true)
class JdbcContracts implements Contracts {

    private final JdbcTemplate jdbc;

    JdbcContracts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VersionedContract> of(CptsId cpts) {
        return ofCpts(List.of(cpts)).stream().findFirst();
    }

    @Override
    public List<VersionedContract> ofCpts(Collection<CptsId> cpts) {
        if (cpts.isEmpty()) {
            return List.of();
        }
        return jdbc.query(ContractRows.SELECT, ContractRows.CONTRACT, (Object)
                cpts.stream().map(CptsId::value).toArray(Long[]::new));
    }

    @Override
    @Transactional
    public long save(AciContract contract, long expectedVersion) {
        long cpts = contract.cpts().value();
        int claimed = expectedVersion == 0
                ? jdbc.update("""
                        insert into aci_contract (cpts_id, health_project_validated_on, signature_date, version)
                        values (?, ?, ?, 1) on conflict (cpts_id) do nothing""", cpts, contract.healthProjectValidatedOn(), contract.signatureDate())
                : jdbc.update(
                        "update aci_contract set version = version + 1 where cpts_id = ? and version = ?",
                        cpts,
                        expectedVersion);
        if (claimed != 1) {
            throw new ContractConflict();
        }
        Map<Integer, Integer> storedSignatures = new LinkedHashMap<>();
        jdbc.query(
                "select v.version, count(s.party) as signed from aci_contract_version v "
                        + "left join aci_contract_signature s on s.cpts_id = v.cpts_id and s.version = v.version "
                        + "where v.cpts_id = ? group by v.version",
                row -> {
                    storedSignatures.put(row.getInt("version"), row.getInt("signed"));
                },
                cpts);
        for (SignedContract version : contract.versions()) {
            write(
                    contract.cpts(),
                    version.version(),
                    version.amendmentReason().orElse(null),
                    version.terms(),
                    version.signatures(),
                    storedSignatures);
        }
        contract.pendingDraft()
                .ifPresent(draft -> write(
                        contract.cpts(),
                        draft.version(),
                        draft.amendmentReason().orElse(null),
                        draft.terms(),
                        draft.signatures(),
                        storedSignatures));
        contract.end().ifPresent(end -> jdbc.update(ContractRows.WRITE_END, ContractRows.endValues(end, cpts)));
        return expectedVersion + 1;
    }

    /**
     * Writes a version not stored yet, rewrites the terms of one nobody signed (before the first signature freezes
     * them), and adds the new signatures.
     */
    private void write(
            CptsId cpts,
            int version,
            String amendmentReason,
            ContractTerms terms,
            List<ContractSignature> signatures,
            Map<Integer, Integer> stored) {
        Integer storedSignatures = stored.get(version);
        if (storedSignatures == null) {
            jdbc.update(
                    "insert into aci_contract_version (cpts_id, version, amendment_reason, bracket_code, "
                            + "population) values (?, ?, ?, ?, ?)",
                    cpts.value(),
                    version,
                    amendmentReason,
                    terms.bracketCode(),
                    terms.population());
            writeTerms(cpts, version, terms);
        } else if (storedSignatures == 0) {
            jdbc.update(
                    "delete from aci_contract_indicator_tier where cpts_id = ? and version = ?", cpts.value(), version);
            jdbc.update("delete from aci_contract_indicator where cpts_id = ? and version = ?", cpts.value(), version);
            jdbc.update("delete from aci_contract_mission where cpts_id = ? and version = ?", cpts.value(), version);
            jdbc.update(
                    "update aci_contract_version set bracket_code = ?, population = ? "
                            + "where cpts_id = ? and version = ?",
                    terms.bracketCode(),
                    terms.population(),
                    cpts.value(),
                    version);
            writeTerms(cpts, version, terms);
        }
        for (ContractSignature signature :
                signatures.subList(storedSignatures == null ? 0 : storedSignatures, signatures.size())) {
            jdbc.update(
                    """
                    insert into aci_contract_signature (cpts_id, version, party, username, display_name, role,
                        signed_at) values (?, ?, ?, ?, ?, ?, ?)""",
                    cpts.value(),
                    version,
                    signature.party().name(),
                    signature.signer().username(),
                    signature.signer().displayName(),
                    signature.signer().role().name(),
                    Timestamp.from(signature.at()));
        }
    }

    private void writeTerms(CptsId cpts, int version, ContractTerms terms) {
        int missionPosition = 0;
        for (ContractMission mission : terms.missions()) {
            jdbc.update(
                    """
                    insert into aci_contract_mission (cpts_id, version, position, mission, start_on,
                        fully_deployed_on, fixed_amount, fixed_amounts_by_year)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                    cpts.value(),
                    version,
                    missionPosition++,
                    mission.mission().name(),
                    mission.startOn(),
                    mission.fullyDeployedOn(),
                    mission.fixedAmount().amount(),
                    ContractRows.fixedAmountsByYear(mission));
            int indicatorPosition = 0;
            for (Indicator indicator : mission.indicators()) {
                BinaryReward binary = indicator.reward() instanceof BinaryReward b ? b : null;
                jdbc.update(
                        """
                        insert into aci_contract_indicator (cpts_id, version, mission, position, name, baseline,
                            target, reward, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        cpts.value(),
                        version,
                        mission.mission().name(),
                        indicatorPosition++,
                        indicator.name(),
                        indicator.baseline(),
                        indicator.target(),
                        binary != null ? "BINARY" : "TIERED",
                        binary != null ? binary.amount().amount() : null);
                if (indicator.reward() instanceof TieredReward tiered) {
                    int tierPosition = 0;
                    for (RewardTier tier : tiered.tiers()) {
                        jdbc.update(
                                """
                                insert into aci_contract_indicator_tier (cpts_id, version, indicator, position,
                                    label, threshold, amount) values (?, ?, ?, ?, ?, ?, ?)""",
                                cpts.value(),
                                version,
                                indicator.name(),
                                tierPosition++,
                                tier.label(),
                                tier.threshold(),
                                tier.amount().amount());
                    }
                }
            }
        }
    }

    @Override
    @Transactional
    public void archive(CptsId cpts, int version, ArchivedDocument pdf) {
        jdbc.update(
                "insert into aci_contract_document (cpts_id, version, filename, content, sha256, generated_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                cpts.value(),
                version,
                pdf.filename(),
                pdf.content(),
                pdf.sha256(),
                Timestamp.from(pdf.generatedAt()));
    }

    @Override
    public Optional<ArchivedDocument> document(CptsId cpts, int version) {
        return jdbc
                .query(
                        "select * from aci_contract_document where cpts_id = ? and version = ?",
                        (row, n) -> new ArchivedDocument(
                                row.getString("filename"),
                                row.getBytes("content"),
                                row.getString("sha256"),
                                row.getTimestamp("generated_at").toInstant()),
                        cpts.value(),
                        version)
                .stream()
                .findFirst();
    }

    @Override
    public Map<Integer, String> documentFingerprints(CptsId cpts) {
        Map<Integer, String> fingerprints = new LinkedHashMap<>();
        jdbc.query(
                "select version, sha256 from aci_contract_document where cpts_id = ? order by version",
                (RowCallbackHandler) row -> fingerprints.put(row.getInt("version"), row.getString("sha256")),
                cpts.value());
        return fingerprints;
    }

    @Override
    public Map<CptsId, Map<Mission, MissionProgress>> progressOf(Collection<CptsId> cpts) {
        Map<CptsId, Map<Mission, MissionProgress>> progress = new LinkedHashMap<>();
        if (cpts.isEmpty()) {
            return progress;
        }
        jdbc.query(
                "select * from aci_mission_progress where cpts_id = any(?)",
                row -> {
                    Mission mission = Mission.valueOf(row.getString("mission"));
                    progress.computeIfAbsent(new CptsId(row.getLong("cpts_id")), id -> new EnumMap<>(Mission.class))
                            .put(
                                    mission,
                                    new MissionProgress(
                                            mission,
                                            row.getObject("started_on", LocalDate.class),
                                            row.getObject("fully_deployed_on", LocalDate.class),
                                            row.getObject("start_checked_on", LocalDate.class)));
                },
                (Object) cpts.stream().map(CptsId::value).toArray(Long[]::new));
        return progress;
    }

    @Override
    @Transactional
    public void saveProgress(CptsId cpts, MissionProgress progress) {
        jdbc.update(
                """
                insert into aci_mission_progress (cpts_id, mission, started_on, fully_deployed_on, start_checked_on)
                values (?, ?, ?, ?, ?)
                on conflict (cpts_id, mission) do update
                    set started_on = excluded.started_on, fully_deployed_on = excluded.fully_deployed_on,
                        start_checked_on = excluded.start_checked_on""",
                cpts.value(),
                progress.mission().name(),
                date(progress.startedOn()),
                date(progress.fullyDeployedOn()),
                date(progress.startCheckedOn()));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
