package fr.cpts.domain.dossier;

import static fr.cpts.domain.dossier.DossierFixtures.ARS;
import static fr.cpts.domain.dossier.DossierFixtures.CPAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpinionRequestTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anOpinionAskedForADayIsLateOnlyOnceThatDayIsPastAndItIsStillUnanswered() {
        OpinionRequest request = OpinionRequest.ask(
                new DossierId(1), OpinionBody.CPAM, "Votre avis ?", Optional.of(LocalDate.of(2026, 3, 31)), ARS, ASKED);

        assertThat(request.dueOn()).contains(LocalDate.of(2026, 3, 31));
        assertThat(request.isLate(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(request.isLate(LocalDate.of(2026, 4, 1))).isTrue();

        request.answer(Optional.of(OpinionVerdict.RESERVED), "Favorable sous réserve du calendrier.", CPAM, ASKED);

        assertThat(request.isLate(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(request.verdict()).contains(OpinionVerdict.RESERVED);
        assertThat(request.answer()).contains("Favorable sous réserve du calendrier.");
    }

    @Test
    void theDayAnOpinionIsExpectedFollowsTheDayItIsAsked() {
        assertThatThrownBy(() -> OpinionRequest.ask(
                        new DossierId(1),
                        OpinionBody.URPS,
                        "Avis ?",
                        Optional.of(LocalDate.of(2026, 3, 2)),
                        ARS,
                        ASKED))
                .isInstanceOf(DomainException.class)
                .hasMessage("La date attendue pour l'avis doit suivre le jour de la demande (02/03/2026).");
    }

    @Test
    void anOpinionAskedWithoutADayIsNeverLateAndMayBeAnsweredWithoutAVerdict() {
        OpinionRequest request = OpinionRequest.ask(new DossierId(1), OpinionBody.URPS, "Avis ?", ARS, ASKED);

        assertThat(request.isLate(LocalDate.of(2030, 1, 1))).isFalse();
        request.answer("Reçu par courrier.", ARS, ASKED);
        assertThat(request.verdict()).isEmpty();
    }
}
