package fr.cpts.persistence.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.AttachmentInfo;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierMessage;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.dossier.PrivateComment;
import fr.cpts.domain.dossier.SeedGrant;
import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class JdbcDossierExchangesTest {

    static final Actor PORTEUR = new Actor("porteur-test", "Dr Test", Role.PORTEUR);
    static final Actor ARS = new Actor("ars-test", "Agent Test", Role.ARS_OFFICER);
    static final Actor CPAM = new Actor("cpam-test", "Agent CPAM", Role.CPAM_OFFICER);
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DossierExchanges exchanges;

    @Autowired
    Dossiers dossiers;

    @Autowired
    SeedGrants seedGrants;

    @Autowired
    CptsRecords records;

    DossierId dossier;

    @BeforeEach
    void createDossier() {
        var cpts =
                records.create("CPTS Échanges " + System.nanoTime(), new RegionCode("75"), new DepartementCode("40"));
        dossier =
                dossiers.save(Dossier.startLetterOfIntent(cpts.id(), NOW)).id().orElseThrow();
    }

    @Test
    void keepsAttachmentBytesAndTellsThemApartFromMessageAttachments() {
        AttachmentInfo onDossier = exchanges.attach(dossier, new PdfFile("diagnostic.pdf", PDF), PORTEUR, NOW);
        DossierMessage message = exchanges.addMessage(
                DossierMessage.write(dossier, ARS, NOW.plusSeconds(1), "Merci de joindre le compte rendu"),
                List.of(new PdfFile("courrier.pdf", PDF)));

        assertThat(exchanges.attachmentsOf(dossier)).containsExactly(onDossier);
        assertThat(exchanges.attachmentContent(onDossier.id())).contains(new PdfFile("diagnostic.pdf", PDF));
        assertThat(exchanges.attachment(onDossier.id()).orElseThrow().size()).isEqualTo(PDF.length);
        List<DossierMessage> thread = exchanges.messages(dossier);
        assertThat(thread).hasSize(1);
        assertThat(thread.get(0).attachments())
                .extracting(AttachmentInfo::filename)
                .containsExactly("courrier.pdf");
        assertThat(thread.get(0).attachments().get(0).message()).isEqualTo(message.id());
        assertThat(thread.get(0).author()).isEqualTo(ARS);
        assertThat(exchanges.attachmentContent(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void keepsPrivateCommentsInOrder() {
        exchanges.addComment(new PrivateComment(dossier, ARS, NOW.plusSeconds(5), "Second"));
        exchanges.addComment(new PrivateComment(dossier, ARS, NOW, "Premier"));

        assertThat(exchanges.comments(dossier)).extracting(PrivateComment::text).containsExactly("Premier", "Second");
    }

    @Test
    void recordsAnOpinionRequestAndItsAnswerOnceOnly() {
        OpinionRequest asked = exchanges.saveOpinion(
                OpinionRequest.ask(dossier, OpinionBody.CPAM, "Le territoire vous paraît-il cohérent ?", ARS, NOW));
        OpinionRequest first = exchanges.opinion(asked.id().orElseThrow()).orElseThrow();
        OpinionRequest second = exchanges.opinion(asked.id().orElseThrow()).orElseThrow();
        first.answer("Avis favorable", CPAM, NOW.plusSeconds(60));
        exchanges.saveOpinion(first);
        second.answer("Avis défavorable", ARS, NOW.plusSeconds(61));

        assertThatThrownBy(() -> exchanges.saveOpinion(second))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("déjà été enregistré");
        OpinionRequest read = exchanges.opinionsOf(dossier).get(0);
        assertThat(read.answer()).contains("Avis favorable");
        assertThat(read.answeredBy()).contains(CPAM);
    }

    @Test
    void keepsTheDayAnOpinionIsExpectedAndWhatItsAnswerConcludes() {
        LocalDate due =
                NOW.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate().plusDays(30);
        OpinionRequest asked = exchanges.saveOpinion(OpinionRequest.ask(
                dossier, OpinionBody.CPAM, "Le calendrier vous paraît-il tenable ?", Optional.of(due), ARS, NOW));
        assertThat(exchanges.opinion(asked.id().orElseThrow()).orElseThrow().dueOn())
                .contains(due);

        OpinionRequest answering = exchanges.opinion(asked.id().orElseThrow()).orElseThrow();
        answering.answer(Optional.of(OpinionVerdict.UNFAVOURABLE), "Calendrier trop serré.", CPAM, NOW.plusSeconds(60));
        exchanges.saveOpinion(answering);

        OpinionRequest read = exchanges.opinion(asked.id().orElseThrow()).orElseThrow();
        assertThat(read.verdict()).contains(OpinionVerdict.UNFAVOURABLE);
        assertThat(read.dueOn()).contains(due);
        assertThat(read.answer()).contains("Calendrier trop serré.");
    }

    @Test
    void aNewRangeAppliesFromItsEffectiveDateAndTheEarlierOneStaysInTheHistory() {
        RegionCode region = new RegionCode("75");
        seedGrants.recordRange(
                new SeedGrantRange(
                        region,
                        Money.euros(15_000),
                        Money.euros(60_000),
                        "Instruction ARS 2027",
                        LocalDate.of(2027, 1, 1)),
                "admin",
                NOW);

        assertThat(seedGrants
                        .rangeFor(region, LocalDate.of(2026, 12, 31))
                        .orElseThrow()
                        .maximum())
                .isEqualTo(Money.euros(50_000));
        assertThat(seedGrants
                        .rangeFor(region, LocalDate.of(2027, 1, 1))
                        .orElseThrow()
                        .maximum())
                .isEqualTo(Money.euros(60_000));
        assertThat(seedGrants.historyOf(region))
                .extracting(recorded -> recorded.range().effectiveFrom(), SeedGrants.RecordedRange::recordedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 1), "admin"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 8, 1), "système"));
        assertThatThrownBy(() -> seedGrants.recordRange(
                        new SeedGrantRange(region, Money.euros(1), Money.euros(2), "Doublon", LocalDate.of(2027, 1, 1)),
                        "admin",
                        NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Date d'effet :");
    }

    @Test
    void everyRegionHasAFirSeedRangeWithItsSourceAndAGrantIsReadBack() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        var range = seedGrants.rangeFor(new RegionCode("01"), today).orElseThrow();
        assertThat(range.minimum()).isEqualTo(Money.euros(10_000));
        assertThat(range.maximum()).isEqualTo(Money.euros(50_000));
        assertThat(range.source()).contains("ARS Guadeloupe");
        assertThat(range.effectiveFrom()).isEqualTo(LocalDate.of(2020, 8, 1));
        assertThat(seedGrants.rangeFor(new RegionCode("75"), today)).isPresent();
        assertThat(seedGrants.rangeFor(new RegionCode("99"), today)).isEmpty();
        assertThat(seedGrants.rangeFor(new RegionCode("75"), LocalDate.of(2020, 7, 31)))
                .isEmpty();
        assertThat(seedGrants.rangesOn(today)).hasSize(18);

        SeedGrant grant = new SeedGrant(dossier, Money.euros(25_000), LocalDate.of(2025, 2, 3), ARS, NOW);
        seedGrants.record(grant);

        assertThat(seedGrants.of(dossier)).contains(grant);
    }
}
