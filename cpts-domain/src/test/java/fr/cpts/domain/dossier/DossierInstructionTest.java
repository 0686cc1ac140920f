package fr.cpts.domain.dossier;

import static fr.cpts.domain.dossier.DossierFixtures.ARS;
import static fr.cpts.domain.dossier.DossierFixtures.CPAM;
import static fr.cpts.domain.dossier.DossierFixtures.NOW;
import static fr.cpts.domain.dossier.DossierFixtures.PORTEUR;
import static fr.cpts.domain.dossier.DossierFixtures.letterIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.territory.RegionCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DossierInstructionTest {

    private static final DossierId DOSSIER = new DossierId(1);

    @Test
    void thePorteurNeverGetsThePrivateCommentsNorTheOpinionsWhileTheArsDoes() {
        Dossier dossier = letterIn(DossierState.UNDER_INSTRUCTION);
        List<PrivateComment> comments = List.of(new PrivateComment(DOSSIER, ARS, NOW, "Porteur à relancer"));
        List<OpinionRequest> opinions = List.of(OpinionRequest.ask(DOSSIER, OpinionBody.URPS, "Avis ?", ARS, NOW));
        List<DossierMessage> messages = List.of(DossierMessage.write(DOSSIER, ARS, NOW, "Bonjour"));

        DossierFile porteurs = DossierFile.seenBy(Role.PORTEUR, dossier, messages, List.of(), comments, opinions);
        DossierFile ars = DossierFile.seenBy(Role.ARS_OFFICER, dossier, messages, List.of(), comments, opinions);

        assertThat(porteurs.comments()).isEmpty();
        assertThat(porteurs.opinions()).isEmpty();
        assertThat(porteurs.messages()).hasSize(1);
        assertThat(ars.comments()).extracting(PrivateComment::text).containsExactly("Porteur à relancer");
        assertThat(ars.opinions()).hasSize(1);
    }

    @Test
    void onlyAnArsOfficerWritesAPrivateComment() {
        assertThatThrownBy(() -> new PrivateComment(DOSSIER, PORTEUR, NOW, "note"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("agent ARS");
        assertThatThrownBy(() -> new PrivateComment(DOSSIER, ARS, NOW, " "))
                .isInstanceOf(DomainException.class)
                .hasMessage("Le commentaire est vide.");
    }

    @Test
    void aCpamOpinionIsAnsweredByTheCpamOrRecordedByTheArsButAnUrpsOneNotByTheCpam() {
        OpinionRequest cpam =
                OpinionRequest.ask(DOSSIER, OpinionBody.CPAM, "Le territoire est-il cohérent ?", ARS, NOW);
        OpinionRequest urps =
                OpinionRequest.ask(DOSSIER, OpinionBody.URPS, "Les professionnels sont-ils associés ?", ARS, NOW);

        cpam.answer("Avis favorable", CPAM, NOW);
        assertThatThrownBy(() -> urps.answer("Avis favorable", CPAM, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("URPS");
        urps.answer("Avis réservé", ARS, NOW);

        assertThat(cpam.answer()).contains("Avis favorable");
        assertThat(cpam.answeredBy()).contains(CPAM);
        assertThat(urps.answeredBy()).contains(ARS);
        assertThatThrownBy(() -> cpam.answer("Autre avis", ARS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("déjà été rendu le 10/03/2025");
        assertThatThrownBy(() -> OpinionRequest.ask(DOSSIER, OpinionBody.CPAM, "?", PORTEUR, NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OpinionRequest.ask(DOSSIER, OpinionBody.CPAM, " ", ARS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("question");
    }

    @Test
    void acceptsAPdfByItsContentAndRefusesAnythingElseOrTooLarge() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0};

        assertThat(PdfFile.checked("../../etc/diagnostic.pdf", pdf, 1024).filename())
                .isEqualTo("diagnostic.pdf");
        assertThatThrownBy(() -> PdfFile.checked("image.pdf", png, 1024))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("n'est pas un PDF");
        assertThatThrownBy(() -> PdfFile.checked("gros.pdf", pdf, pdf.length - 1))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("taille maximale");
        assertThatThrownBy(() -> PdfFile.checked("vide.pdf", new byte[0], 1024))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("vide");
        assertThat(PdfFile.checked("rapport\"; x=.exe", pdf, 1024).filename()).isEqualTo("rapport__ x_.exe.pdf");
    }

    @Test
    void grantsFirSeedMoneyOnlyOnAValidatedLetterAndWithinTheRegionsRange() {
        SeedGrantRange range = new SeedGrantRange(
                new RegionCode("75"),
                Money.euros(10_000),
                Money.euros(50_000),
                "Webinaire ARS Guadeloupe",
                LocalDate.of(2020, 8, 1));
        LocalDate decided = LocalDate.of(2025, 3, 1);

        SeedGrant grant =
                SeedGrant.decide(letterIn(DossierState.VALIDATED), range, Money.euros(30_000), decided, ARS, NOW);

        assertThat(grant.amount()).isEqualTo(Money.euros(30_000));
        assertThat(SeedGrant.decide(letterIn(DossierState.VALIDATED), range, Money.euros(50_000), decided, ARS, NOW)
                        .amount())
                .isEqualTo(Money.euros(50_000));
        assertThatThrownBy(() -> SeedGrant.decide(
                        letterIn(DossierState.VALIDATED), range, Money.of("50000.01"), decided, ARS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("hors de la fourchette")
                .hasMessageContaining("50 000,00 €");
        assertThatThrownBy(() -> SeedGrant.decide(
                        letterIn(DossierState.VALIDATED), range, Money.euros(9_999), decided, ARS, NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> SeedGrant.decide(
                        letterIn(DossierState.UNDER_INSTRUCTION), range, Money.euros(30_000), decided, ARS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("validation de la lettre d'intention");
        assertThatThrownBy(() -> SeedGrant.decide(
                        letterIn(DossierState.VALIDATED),
                        range,
                        Money.euros(30_000),
                        LocalDate.of(2026, 1, 1),
                        ARS,
                        NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("futur");
    }

    @Test
    void aFirDecisionCannotPrecedeTheLawThatCreatedTheCpts() {
        SeedGrantRange range = new SeedGrantRange(
                new RegionCode("75"),
                Money.euros(10_000),
                Money.euros(50_000),
                "Webinaire ARS Guadeloupe",
                LocalDate.of(2020, 8, 1));

        assertThat(SeedGrant.decide(
                                letterIn(DossierState.VALIDATED),
                                range,
                                Money.euros(30_000),
                                LocalDate.of(2016, 1, 26),
                                ARS,
                                NOW)
                        .decidedOn())
                .isEqualTo(LocalDate.of(2016, 1, 26));
        for (LocalDate tooOld : List.of(LocalDate.of(2016, 1, 25), LocalDate.of(1, 1, 1), LocalDate.of(-44, 3, 15))) {
            assertThatThrownBy(() -> SeedGrant.decide(
                            letterIn(DossierState.VALIDATED), range, Money.euros(30_000), tooOld, ARS, NOW))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("Date de la décision")
                    .hasMessageContaining("26 janvier 2016");
        }
    }

    @Test
    void messagesCommentsAndReasonsAreRefusedPastTheirLengthNamingTheField() {
        assertThat(DossierMessage.write(DOSSIER, ARS, NOW, "m".repeat(20_000)).text())
                .hasSize(20_000);
        assertThatThrownBy(() -> DossierMessage.write(DOSSIER, ARS, NOW, "m".repeat(20_001)))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Message : 20")
                .hasMessageContaining("caractères au plus");
        assertThat(new PrivateComment(DOSSIER, ARS, NOW, "c".repeat(5_000)).text())
                .hasSize(5_000);
        assertThatThrownBy(() -> new PrivateComment(DOSSIER, ARS, NOW, "c".repeat(5_001)))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Commentaire interne : 5");
        assertThatThrownBy(() -> OpinionRequest.ask(DOSSIER, OpinionBody.URPS, "q".repeat(5_001), ARS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Question : 5");
        OpinionRequest asked = OpinionRequest.ask(DOSSIER, OpinionBody.CPAM, "Avis ?", ARS, NOW);
        assertThatThrownBy(() -> asked.answer("a".repeat(20_001), ARS, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Avis : 20");
        assertThat(asked.isAnswered()).isFalse();
        Dossier filed = letterIn(DossierState.UNDER_INSTRUCTION);
        assertThatThrownBy(() -> filed.requestCorrections(ARS, NOW, "r".repeat(5_001)))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Motif : 5");
        assertThat(filed.state()).isEqualTo(DossierState.UNDER_INSTRUCTION);
    }

    @Test
    void theCptsStageFollowsItsDossiers() {
        Optional<DossierState> none = Optional.empty();
        assertThat(CptsProgress.stageOf(none, none)).isEqualTo(CptsStage.INITIATIVE);
        assertThat(CptsProgress.stageOf(Optional.of(DossierState.DRAFT), none)).isEqualTo(CptsStage.INITIATIVE);
        assertThat(CptsProgress.stageOf(Optional.of(DossierState.SUBMITTED), none))
                .isEqualTo(CptsStage.LETTRE_INTENTION);
        assertThat(CptsProgress.stageOf(Optional.of(DossierState.CORRECTIONS_REQUESTED), none))
                .isEqualTo(CptsStage.LETTRE_INTENTION);
        assertThat(CptsProgress.stageOf(Optional.of(DossierState.VALIDATED), none))
                .isEqualTo(CptsStage.PROJET_SANTE);
        assertThat(CptsProgress.stageOf(Optional.of(DossierState.VALIDATED), Optional.of(DossierState.SUBMITTED)))
                .isEqualTo(CptsStage.PROJET_SANTE);
        assertThat(CptsProgress.stageOf(Optional.of(DossierState.VALIDATED), Optional.of(DossierState.VALIDATED)))
                .isEqualTo(CptsStage.CONTRAT_ACI);
        assertThat(CptsStage.REVUE_ANNUELLE.atLeast(CptsStage.CONTRAT_ACI)).isEqualTo(CptsStage.REVUE_ANNUELLE);
    }
}
