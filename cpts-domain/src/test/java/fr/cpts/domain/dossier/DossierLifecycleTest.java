package fr.cpts.domain.dossier;

import static fr.cpts.domain.dossier.DossierFixtures.ARS;
import static fr.cpts.domain.dossier.DossierFixtures.NOW;
import static fr.cpts.domain.dossier.DossierFixtures.PORTEUR;
import static fr.cpts.domain.dossier.DossierFixtures.TERRITORY;
import static fr.cpts.domain.dossier.DossierFixtures.letterIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.TerritoryOverlap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierLifecycleTest {

    /** Makes the move as the role it belongs to, with a reason and a complete, non-overlapping dossier. */
    static void make(Dossier dossier, DossierMove move) {
        switch (move) {
            case SUBMIT -> dossier.submit(PORTEUR, NOW, TERRITORY, List.of());
            case TAKE -> dossier.take(ARS, NOW);
            case REQUEST_CORRECTIONS -> dossier.requestCorrections(ARS, NOW, "Préciser le diagnostic");
            case RESUBMIT -> dossier.resubmit(PORTEUR, NOW, TERRITORY, List.of());
            case VALIDATE -> dossier.validate(ARS, NOW, List.of());
            case REFUSE -> dossier.refuse(ARS, NOW, "Territoire incohérent");
            case CLOSE -> dossier.close(ARS, NOW, "Sans nouvelles du porteur");
        }
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> cases = new ArrayList<>();
        for (DossierState state : DossierState.values()) {
            for (DossierMove move : DossierMove.values()) {
                if (!move.allowedFrom(state)) {
                    cases.add(Arguments.of(state, move));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> legalMoves() {
        return Stream.of(
                Arguments.of(DossierState.DRAFT, DossierMove.SUBMIT, DossierState.SUBMITTED),
                Arguments.of(DossierState.SUBMITTED, DossierMove.TAKE, DossierState.UNDER_INSTRUCTION),
                Arguments.of(
                        DossierState.UNDER_INSTRUCTION,
                        DossierMove.REQUEST_CORRECTIONS,
                        DossierState.CORRECTIONS_REQUESTED),
                Arguments.of(DossierState.CORRECTIONS_REQUESTED, DossierMove.RESUBMIT, DossierState.SUBMITTED),
                Arguments.of(DossierState.UNDER_INSTRUCTION, DossierMove.VALIDATE, DossierState.VALIDATED),
                Arguments.of(DossierState.UNDER_INSTRUCTION, DossierMove.REFUSE, DossierState.REFUSED),
                Arguments.of(DossierState.UNDER_INSTRUCTION, DossierMove.CLOSE, DossierState.CLOSED_WITHOUT_FOLLOW_UP),
                Arguments.of(
                        DossierState.CORRECTIONS_REQUESTED, DossierMove.CLOSE, DossierState.CLOSED_WITHOUT_FOLLOW_UP));
    }

    @ParameterizedTest(name = "{1} depuis {0} est refusé")
    @MethodSource("illegalMoves")
    void refusesEveryMoveTheCycleDoesNotAllowNamingTheMoveAndTheState(DossierState state, DossierMove move) {
        Dossier dossier = letterIn(state);

        assertThatThrownBy(() -> make(dossier, move))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Impossible de " + move.verb())
                .hasMessageContaining("« " + state.label() + " »");
        assertThat(dossier.state()).isEqualTo(state);
        assertThat(dossier.timeline()).isEmpty();
    }

    @Test
    void everyStateAndMoveIsCoveredByTheLegalOrIllegalCases() {
        long legal = legalMoves().count();
        long illegal = illegalMoves().count();
        assertThat(legal + illegal).isEqualTo((long) DossierState.values().length * DossierMove.values().length);
    }

    @ParameterizedTest(name = "{1} mène de {0} à {2}")
    @MethodSource("legalMoves")
    void recordsEachAllowedMoveInTheTimelineWithWhoWhenAndWhy(DossierState from, DossierMove move, DossierState to) {
        Dossier dossier = letterIn(from);

        make(dossier, move);

        assertThat(dossier.state()).isEqualTo(to);
        Step<DossierMove, DossierState> recorded = dossier.timeline().get(0);
        assertThat(recorded.move()).isEqualTo(move);
        assertThat(recorded.from()).isEqualTo(from);
        assertThat(recorded.to()).isEqualTo(to);
        assertThat(recorded.actor().role()).isEqualTo(move.actor());
        assertThat(recorded.at()).isEqualTo(NOW);
        assertThat(recorded.reason() != null).isEqualTo(move.reasonRequired());
    }

    @ParameterizedTest(name = "{0} sans motif est refusé")
    @org.junit.jupiter.params.provider.EnumSource(
            value = DossierMove.class,
            names = {"REQUEST_CORRECTIONS", "REFUSE", "CLOSE"})
    void refusesADecisionWithoutAReason(DossierMove move) {
        Dossier dossier = letterIn(DossierState.UNDER_INSTRUCTION);

        assertThatThrownBy(() -> {
                    switch (move) {
                        case REQUEST_CORRECTIONS -> dossier.requestCorrections(ARS, NOW, "  ");
                        case REFUSE -> dossier.refuse(ARS, NOW, null);
                        default -> dossier.close(ARS, NOW, "");
                    }
                })
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("motif");
        assertThat(dossier.state()).isEqualTo(DossierState.UNDER_INSTRUCTION);
    }

    @Test
    void onlyAnArsOfficerDecidesAndOnlyThePorteurFiles() {
        assertThatThrownBy(() -> letterIn(DossierState.UNDER_INSTRUCTION).validate(PORTEUR, NOW, List.of()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("agent ars");
        assertThatThrownBy(() -> letterIn(DossierState.DRAFT).submit(ARS, NOW, TERRITORY, List.of()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("porteur de projet");
    }

    @Test
    void thePorteurEditsOnlyADraftOrADossierSentBackForCorrections() {
        for (DossierState state : DossierState.values()) {
            Dossier dossier = letterIn(state);
            if (state.editableByPorteur()) {
                dossier.edit(LetterOfIntent.empty(), PORTEUR);
                assertThat(dossier.content()).isEqualTo(LetterOfIntent.empty());
            } else {
                assertThatThrownBy(() -> dossier.edit(LetterOfIntent.empty(), PORTEUR))
                        .as(state.name())
                        .isInstanceOf(DomainException.class)
                        .hasMessageContaining("« " + state.label() + " »");
            }
        }
    }

    @Test
    void refusesSubmissionAndValidationWhileTheTerritoryOverlapsAnotherCptsNamingCommunesAndCpts() {
        List<TerritoryOverlap> overlaps =
                List.of(new TerritoryOverlap(new InseeCode("33227"), "Langon", new CptsId(9), "CPTS des Graves"));

        assertThatThrownBy(() -> letterIn(DossierState.DRAFT).submit(PORTEUR, NOW, TERRITORY, overlaps))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Langon (33227)")
                .hasMessageContaining("CPTS des Graves");
        assertThatThrownBy(() -> letterIn(DossierState.UNDER_INSTRUCTION).validate(ARS, NOW, overlaps))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Impossible de valider")
                .hasMessageContaining("Langon (33227)");
    }

    @Test
    void followsTheWholeCycleWithCorrectionsAndKeepsTheTimelineInOrder() {
        Dossier dossier = Dossier.startLetterOfIntent(DossierFixtures.CPTS, NOW);
        dossier.edit(DossierFixtures.completeLetter(), PORTEUR);

        dossier.submit(PORTEUR, NOW, TERRITORY, List.of());
        dossier.take(ARS, NOW.plusSeconds(60));
        dossier.requestCorrections(ARS, NOW.plusSeconds(120), "Préciser les partenaires");
        dossier.edit(DossierFixtures.completeLetter(), PORTEUR);
        dossier.resubmit(PORTEUR, NOW.plusSeconds(180), TERRITORY, List.of());
        dossier.take(ARS, NOW.plusSeconds(240));
        dossier.validate(ARS, NOW.plusSeconds(300), List.of());

        assertThat(dossier.timeline())
                .extracting(Step::move)
                .containsExactly(
                        DossierMove.SUBMIT,
                        DossierMove.TAKE,
                        DossierMove.REQUEST_CORRECTIONS,
                        DossierMove.RESUBMIT,
                        DossierMove.TAKE,
                        DossierMove.VALIDATE);
        assertThat(dossier.state()).isEqualTo(DossierState.VALIDATED);
        assertThat(dossier.timeline().get(2).reason()).isEqualTo("Préciser les partenaires");
        assertThat(dossier.inStateSince()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void aHealthProjectStartsOnlyFromAValidatedLetterOfIntentAndFollowsTheSameCycle() {
        for (DossierState state : DossierState.values()) {
            if (state != DossierState.VALIDATED) {
                assertThatThrownBy(() -> Dossier.startHealthProject(letterIn(state), NOW))
                        .as(state.name())
                        .isInstanceOf(DomainException.class)
                        .hasMessageContaining("lettre d'intention validée");
            }
        }
        Dossier project = Dossier.startHealthProject(letterIn(DossierState.VALIDATED), NOW);
        project.edit(DossierFixtures.completeProject(), PORTEUR);
        project.submit(PORTEUR, NOW, TERRITORY, List.of());
        project.take(ARS, NOW);
        project.validate(ARS, NOW, List.of());

        assertThat(project.kind()).isEqualTo(DossierKind.PROJET_SANTE);
        assertThat(project.state()).isEqualTo(DossierState.VALIDATED);
    }

    @Test
    void offersOnlyTheMovesOfTheCurrentStateToEachRole() {
        Dossier dossier = letterIn(DossierState.UNDER_INSTRUCTION);

        assertThat(dossier.availableMoves(fr.cpts.domain.account.Role.ARS_OFFICER))
                .containsExactlyInAnyOrder(
                        DossierMove.REQUEST_CORRECTIONS, DossierMove.VALIDATE, DossierMove.REFUSE, DossierMove.CLOSE);
        assertThat(dossier.availableMoves(fr.cpts.domain.account.Role.PORTEUR)).isEmpty();
        assertThat(letterIn(DossierState.DRAFT).availableMoves(fr.cpts.domain.account.Role.PORTEUR))
                .containsExactly(DossierMove.SUBMIT);
    }
}
