package fr.cpts.domain.assistant;

import static fr.cpts.domain.assistant.AssistantRequestFixtures.ARS;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.CPAM;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.CPTS;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.ELIGIBLE;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.INELIGIBLE;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.NOW;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.PORTEUR;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.application;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.requestIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssistantSubsidyRequestLifecycleTest {

    /** Makes the move as the role it belongs to, with a reason and an eligible doctor. */
    static void make(AssistantSubsidyRequest request, SubsidyRequestMove move) {
        switch (move) {
            case FILE -> request.file(PORTEUR, NOW, ELIGIBLE);
            case ACCEPT -> request.accept(CPAM, NOW, ELIGIBLE);
            case REFUSE -> request.refuse(CPAM, NOW, "Pièces manquantes");
        }
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> cases = new ArrayList<>();
        for (SubsidyRequestState state : SubsidyRequestState.values()) {
            for (SubsidyRequestMove move : SubsidyRequestMove.values()) {
                if (!move.allowedFrom(state)) {
                    cases.add(Arguments.of(state, move));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} depuis {0} est refusé")
    @MethodSource("illegalMoves")
    void refusesEveryMoveTheCycleDoesNotAllowNamingTheMoveAndTheState(
            SubsidyRequestState state, SubsidyRequestMove move) {
        AssistantSubsidyRequest request = requestIn(state);
        int steps = request.timeline().size();

        assertThatThrownBy(() -> make(request, move))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(move.refusal() + " cette demande")
                .hasMessageContaining("« " + state.label() + " »");
        assertThat(request.state()).isEqualTo(state);
        assertThat(request.timeline()).hasSize(steps);
    }

    @Test
    void theIllegalCasesAreTheNineMovesOutsideDraftToFiledToAcceptedOrRefused() {
        assertThat(illegalMoves().count()).isEqualTo(9);
        assertThat(SubsidyRequestMove.FILE.allowedFrom(SubsidyRequestState.DRAFT))
                .isTrue();
        assertThat(SubsidyRequestMove.ACCEPT.allowedFrom(SubsidyRequestState.FILED))
                .isTrue();
        assertThat(SubsidyRequestMove.REFUSE.allowedFrom(SubsidyRequestState.FILED))
                .isTrue();
    }

    @Test
    void thePorteurFilesAnEligibleDraftAndTheTimelineSaysWhoAndWhen() {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.DRAFT);

        request.file(PORTEUR, NOW, ELIGIBLE);

        assertThat(request.state()).isEqualTo(SubsidyRequestState.FILED);
        assertThat(request.filedAt()).contains(NOW);
        assertThat(request.inStateSince()).isEqualTo(NOW);
        assertThat(request.timeline())
                .containsExactly(new Step<>(
                        SubsidyRequestMove.FILE,
                        SubsidyRequestState.DRAFT,
                        SubsidyRequestState.FILED,
                        PORTEUR,
                        NOW,
                        null,
                        null));
    }

    @Test
    void theCpamAcceptsAFiledRequest() {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.FILED);

        request.accept(CPAM, NOW, ELIGIBLE);

        assertThat(request.state()).isEqualTo(SubsidyRequestState.ACCEPTED);
        assertThat(request.lastTransition().orElseThrow().actor()).isEqualTo(CPAM);
    }

    @Test
    void theCpamRefusesAFiledRequestWithItsReasonInTheTimeline() {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.FILED);

        request.refuse(CPAM, NOW, "  Contrat de travail de l'assistant non fourni  ");

        assertThat(request.state()).isEqualTo(SubsidyRequestState.REFUSED);
        assertThat(request.lastTransition().orElseThrow().reason())
                .isEqualTo("Contrat de travail de l'assistant non fourni");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.NullAndEmptySource
    @org.junit.jupiter.params.provider.ValueSource(strings = {"   ", "\n"})
    void refusesARefusalWithoutReason(String reason) {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.FILED);

        assertThatThrownBy(() -> request.refuse(CPAM, NOW, reason))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de refuser cette demande sans en donner le motif.");
        assertThat(request.state()).isEqualTo(SubsidyRequestState.FILED);
    }

    @Test
    void refusesToFileADraftWhoseDoctorFailsEligibilityListingEveryFailedCriterion() {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.DRAFT);

        assertThatThrownBy(() -> request.file(PORTEUR, NOW, INELIGIBLE))
                .isInstanceOf(IneligibleRequest.class)
                .hasMessageStartingWith("Impossible de déposer cette demande : le médecin ne remplit pas 2 critères")
                .hasMessageContaining("640 patients adultes")
                .hasMessageContaining("volet 1 du forfait structure")
                .satisfies(refusal -> assertThat(((IneligibleRequest) refusal).failedCriteria())
                        .hasSize(2));
        assertThat(request.state()).isEqualTo(SubsidyRequestState.DRAFT);
        assertThat(request.timeline()).isEmpty();
    }

    @Test
    void refusesToAcceptARequestWhoseDoctorNoLongerPassesTheEligibilityCheck() {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.FILED);

        assertThatThrownBy(() -> request.accept(CPAM, NOW, INELIGIBLE))
                .isInstanceOf(IneligibleRequest.class)
                .hasMessageStartingWith("Impossible d'accepter cette demande : le médecin ne remplit pas");
        assertThat(request.state()).isEqualTo(SubsidyRequestState.FILED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "PORTEUR", mode = EnumSource.Mode.EXCLUDE)
    void onlyThePorteurFilesARequest(Role role) {
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.DRAFT);

        assertThatThrownBy(() -> request.file(new Actor("x", "X", role), NOW, ELIGIBLE))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de déposer cette demande : seul le porteur de projet de la CPTS le peut.");
        assertThat(request.state()).isEqualTo(SubsidyRequestState.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "CPAM_OFFICER", mode = EnumSource.Mode.EXCLUDE)
    void onlyACpamOfficerDecides(Role role) {
        Actor other = new Actor("x", "X", role);
        AssistantSubsidyRequest request = requestIn(SubsidyRequestState.FILED);

        assertThatThrownBy(() -> request.accept(other, NOW, ELIGIBLE))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible d'accepter cette demande : seul un agent de la CPAM le peut.");
        assertThatThrownBy(() -> request.refuse(other, NOW, "Motif"))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de refuser cette demande : seul un agent de la CPAM le peut.");
        assertThat(request.state()).isEqualTo(SubsidyRequestState.FILED);
    }

    @Test
    void thePorteurEditsADraftOnly() {
        AssistantSubsidyRequest draft = requestIn(SubsidyRequestState.DRAFT);
        AssistantSubsidyApplication changed = new AssistantSubsidyApplication(
                application().doctor(),
                new Practice(1, true, false, true),
                application().activity(),
                AssistantWorkingTime.FULL,
                application().hiringDate());

        draft.edit(changed, PORTEUR);

        assertThat(draft.application()).isEqualTo(changed);
        for (SubsidyRequestState state :
                List.of(SubsidyRequestState.FILED, SubsidyRequestState.ACCEPTED, SubsidyRequestState.REFUSED)) {
            AssistantSubsidyRequest request = requestIn(state);
            assertThatThrownBy(() -> request.edit(changed, PORTEUR))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("Impossible de modifier cette demande : elle est à l'état « " + state.label()
                            + " ». Seul un brouillon se modifie.");
            assertThat(request.application()).isEqualTo(application());
        }
    }

    @Test
    void onlyThePorteurWritesOrEditsARequest() {
        assertThatThrownBy(() -> AssistantSubsidyRequest.draft(CPTS, application(), CPAM, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("Seul le porteur de projet de la CPTS peut rédiger une demande d'aide.");
        assertThatThrownBy(() -> requestIn(SubsidyRequestState.DRAFT).edit(application(), ARS))
                .isInstanceOf(DomainException.class)
                .hasMessage("Seul le porteur de projet de la CPTS peut modifier une demande d'aide.");
    }

    @Test
    void aNewDraftIsSeenByNoOfficerAndOffersFilingToThePorteurOnly() {
        AssistantSubsidyRequest draft = AssistantSubsidyRequest.draft(CPTS, application(), PORTEUR, NOW);

        assertThat(draft.id()).isEmpty();
        assertThat(draft.isFiled()).isFalse();
        assertThat(draft.availableMoves(Role.PORTEUR)).containsExactly(SubsidyRequestMove.FILE);
        assertThat(draft.availableMoves(Role.CPAM_OFFICER)).isEmpty();
        assertThat(requestIn(SubsidyRequestState.FILED).availableMoves(Role.CPAM_OFFICER))
                .containsExactlyInAnyOrder(SubsidyRequestMove.ACCEPT, SubsidyRequestMove.REFUSE);
        assertThat(requestIn(SubsidyRequestState.FILED).availableMoves(Role.ARS_OFFICER))
                .isEmpty();
    }
}
