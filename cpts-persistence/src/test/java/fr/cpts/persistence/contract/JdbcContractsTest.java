package fr.cpts.persistence.contract;

import static fr.cpts.persistence.contract.ContractSamples.ARS;
import static fr.cpts.persistence.contract.ContractSamples.CPAM;
import static fr.cpts.persistence.contract.ContractSamples.PORTEUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.ContractConflict;
import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** ACI contracts on a real PostgreSQL: terms read back whole, signatures kept, signed versions frozen. */
@PersistenceTest
class JdbcContractsTest {

    @Autowired
    Contracts contracts;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftIsReadBackWithItsTermsTiersAndAmountsExactly() {
        CptsId cpts = cpts("CPTS Contrat Brouillon");
        AciContract draft = ContractSamples.draft(cpts);

        long version = contracts.save(draft, 0);

        VersionedContract read = contracts.of(cpts).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.contract().status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(read.contract().pendingDraft().orElseThrow().terms()).isEqualTo(ContractSamples.terms(90_000));
        assertThat(read.contract().signatureDate()).isEqualTo(ContractSamples.SIGNED_ON);
    }

    @Test
    void aRevisedDraftReplacesItsTermsUntilTheFirstSignature() {
        CptsId cpts = cpts("CPTS Contrat Révisé");
        contracts.save(ContractSamples.draft(cpts), 0);
        AciContract read = contracts.of(cpts).orElseThrow().contract();
        read.revise(ContractSamples.terms(80_000), ContractSamples.ARS);

        contracts.save(read, 1);

        assertThat(contracts
                        .of(cpts)
                        .orElseThrow()
                        .contract()
                        .pendingDraft()
                        .orElseThrow()
                        .terms())
                .isEqualTo(ContractSamples.terms(80_000));
    }

    @Test
    void signaturesAreAddedOneByOneAndTheThirdMakesTheVersionSigned() {
        CptsId cpts = cpts("CPTS Contrat Signé");
        contracts.save(ContractSamples.draft(cpts), 0);
        AciContract contract = contracts.of(cpts).orElseThrow().contract();
        contract.sign(PORTEUR, Instant.parse("2025-01-15T09:00:00Z"));
        contracts.save(contract, 1);
        AciContract once = contracts.of(cpts).orElseThrow().contract();
        assertThat(once.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
        once.sign(ARS, Instant.parse("2025-01-15T10:30:00Z"));
        once.sign(CPAM, Instant.parse("2025-01-15T14:45:00Z"));

        contracts.save(once, 2);

        AciContract read = contracts.of(cpts).orElseThrow().contract();
        SignedContract active = read.active().orElseThrow();
        assertThat(read.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(active.signatures())
                .extracting(s -> s.party(), s -> s.signer().displayName(), s -> s.at())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ContractParty.CPTS, "Dr Claire Martin", Instant.parse("2025-01-15T09:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                ContractParty.ARS, "Julien Lefèvre", Instant.parse("2025-01-15T10:30:00Z")),
                        org.assertj.core.groups.Tuple.tuple(
                                ContractParty.CPAM, "Nadia Benali", Instant.parse("2025-01-15T14:45:00Z")));
    }

    @Test
    void anAmendmentIsANewVersionAndTheSignedOneStaysReadable() {
        CptsId cpts = cpts("CPTS Contrat Avenant");
        contracts.save(ContractSamples.signed(cpts), 0);
        AciContract contract = contracts.of(cpts).orElseThrow().contract();
        contract.amend("Renforcement de l'accès aux soins", ContractSamples.ARS);
        contract.revise(ContractSamples.terms(95_000), ContractSamples.ARS);
        contract.sign(PORTEUR, Instant.parse("2026-02-01T09:00:00Z"));
        contract.sign(ARS, Instant.parse("2026-02-02T09:00:00Z"));
        contract.sign(CPAM, Instant.parse("2026-02-03T09:00:00Z"));

        contracts.save(contract, 1);

        AciContract read = contracts.of(cpts).orElseThrow().contract();
        assertThat(read.versions()).hasSize(2);
        assertThat(read.statusOf(1)).isEqualTo(ContractStatus.SUPERSEDED);
        assertThat(read.version(1).orElseThrow().terms()).isEqualTo(ContractSamples.terms(90_000));
        assertThat(read.active().orElseThrow().terms()).isEqualTo(ContractSamples.terms(95_000));
        assertThat(read.active().orElseThrow().amendmentReason()).contains("Renforcement de l'accès aux soins");
    }

    @Test
    void aSaveFromAStaleReadIsRefused() {
        CptsId cpts = cpts("CPTS Contrat Concurrent");
        contracts.save(ContractSamples.draft(cpts), 0);
        AciContract first = contracts.of(cpts).orElseThrow().contract();
        AciContract second = contracts.of(cpts).orElseThrow().contract();
        first.sign(PORTEUR, Instant.parse("2025-01-15T09:00:00Z"));
        contracts.save(first, 1);
        second.revise(ContractSamples.terms(70_000), ContractSamples.ARS);

        assertThatThrownBy(() -> contracts.save(second, 1)).isInstanceOf(ContractConflict.class);
        assertThatThrownBy(() -> contracts.save(ContractSamples.draft(cpts), 0)).isInstanceOf(ContractConflict.class);
    }

    @Test
    void theDatabaseRefusesToChangeTheTermsOfASignedVersion() {
        CptsId cpts = cpts("CPTS Contrat Gelé");
        contracts.save(ContractSamples.signed(cpts), 0);

        assertThatThrownBy(() ->
                        jdbc.update("update aci_contract_mission set fixed_amount = 1 where cpts_id = ?", cpts.value()))
                .hasMessageContaining("ses clauses ne changent plus");
    }

    @Test
    void theDatabaseRefusesToEraseASignature() {
        CptsId cpts = cpts("CPTS Contrat Signatures");
        contracts.save(ContractSamples.signed(cpts), 0);

        assertThatThrownBy(() -> jdbc.update("delete from aci_contract_signature where cpts_id = ?", cpts.value()))
                .hasMessageContaining("ni modifiés ni effacés");
    }

    @Test
    void theIssuedPdfIsKeptWithItsFingerprint() {
        CptsId cpts = cpts("CPTS Contrat PDF");
        contracts.save(ContractSamples.signed(cpts), 0);
        byte[] pdf = "%PDF-1.7 contrat".getBytes(StandardCharsets.US_ASCII);

        contracts.archive(
                cpts, 1, ArchivedDocument.issue("contrat-aci-v1.pdf", pdf, Instant.parse("2025-01-15T14:45:01Z")));

        ArchivedDocument read = contracts.document(cpts, 1).orElseThrow();
        assertThat(read.content()).isEqualTo(pdf);
        assertThat(read.sha256()).isEqualTo(ArchivedDocument.sha256Of(pdf));
        assertThat(read.matches(pdf)).isTrue();
        assertThat(contracts.document(cpts, 2)).isEmpty();
        assertThat(contracts.documentFingerprints(cpts)).containsOnlyKeys(1);
    }

    @Test
    void missionProgressIsReportedAndUpdated() {
        CptsId cpts = cpts("CPTS Contrat Avancement");
        contracts.save(ContractSamples.signed(cpts), 0);

        contracts.saveProgress(cpts, new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 9, 1), null));
        contracts.saveProgress(
                cpts, new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 2)));

        assertThat(contracts.of(cpts).orElseThrow().progress()).containsOnlyKeys(Mission.PREVENTION);
        assertThat(contracts
                        .of(cpts)
                        .orElseThrow()
                        .progress()
                        .get(Mission.PREVENTION)
                        .fullyDeployedOn())
                .isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void theEndOfAContractIsStoredWithItsCauseAndNeverChangesAfterwards() {
        CptsId cpts = cpts("CPTS Contrat Résilié");
        AciContract contract = ContractSamples.signed(cpts);
        long version = contracts.save(contract, 0);
        ContractEnd end = contract.end(
                EndCause.TERMINATION,
                LocalDate.of(2026, 3, 1),
                "Dissolution de l'association",
                ContractSamples.ARS,
                Instant.parse("2026-02-01T08:00:00Z"),
                5);

        contracts.save(contract, version);

        AciContract stored = contracts.of(cpts).orElseThrow().contract();
        assertThat(stored.end()).contains(end);
        assertThat(stored.status()).isEqualTo(ContractStatus.ENDED);
        assertThatThrownBy(() -> jdbc.update(
                        "update aci_contract set ended_on = date '2026-04-01' where cpts_id = ?", cpts.value()))
                .hasMessageContaining("elle ne change plus");
    }

    @Test
    void theCaissesCheckOfAReportedStartIsKeptAndAStartCannotBeCheckedWithoutOne() {
        CptsId cpts = cpts("CPTS Contrat Démarrage Vérifié");
        contracts.save(ContractSamples.signed(cpts), 0);
        MissionProgress checked = new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 9, 1), null)
                .startChecked(LocalDate.of(2025, 9, 4));

        contracts.saveProgress(cpts, checked);

        assertThat(contracts.of(cpts).orElseThrow().progress().get(Mission.PREVENTION))
                .isEqualTo(checked);
        assertThatThrownBy(() -> jdbc.update(
                        "update aci_mission_progress set started_on = null where cpts_id = ?", cpts.value()))
                .hasMessageContaining("aci_mission_progress_start_checked_needs_start");
    }

    @Test
    void contractsAreListedForTheCptsAsked() {
        CptsId one = cpts("CPTS Liste Un");
        CptsId two = cpts("CPTS Liste Deux");
        cpts("CPTS Liste Sans Contrat");
        contracts.save(ContractSamples.draft(one), 0);
        contracts.save(ContractSamples.signed(two), 0);

        assertThat(contracts.ofCpts(List.of(one, two)))
                .extracting(v -> v.contract().cpts())
                .containsExactlyInAnyOrder(one, two);
        assertThat(contracts.ofCpts(List.of())).isEmpty();
    }

    private CptsId cpts(String name) {
        return records.create(name, new RegionCode("75"), new DepartementCode("33"), CptsStage.PROJET_SANTE)
                .id();
    }
}
