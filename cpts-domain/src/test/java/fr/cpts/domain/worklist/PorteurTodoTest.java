package fr.cpts.domain.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.worklist.PorteurSituation.Balance;
import fr.cpts.domain.worklist.PorteurSituation.ContractFacts;
import fr.cpts.domain.worklist.PorteurSituation.DossierFacts;
import fr.cpts.domain.worklist.PorteurSituation.Drafts;
import fr.cpts.domain.worklist.PorteurSituation.PendingVersion;
import fr.cpts.domain.worklist.PorteurSituation.ReviewFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PorteurTodoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate SIGNED = LocalDate.of(2025, 9, 8);

    @Test
    void aNewCptsIsAskedToStartItsLetterOfIntent() {
        List<TodoItem> items = PorteurTodo.of(situation(List.of(), null, List.of()), TODAY);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(TodoKind.DOSSIER_TO_START);
            assertThat(item.dossier()).contains(DossierKind.LETTRE_INTENTION);
            assertThat(item.on()).isEmpty();
        });
    }

    @Test
    void aDraftIsToFileAndCorrectionsAreToMakeSinceTheDayTheyWereAsked() {
        LocalDate asked = LocalDate.of(2026, 11, 2);
        List<TodoItem> items = PorteurTodo.of(
                situation(
                        List.of(dossier(DossierKind.LETTRE_INTENTION, DossierState.CORRECTIONS_REQUESTED, asked)),
                        null,
                        List.of()),
                TODAY);

        assertThat(items).extracting(TodoItem::kind).containsExactly(TodoKind.DOSSIER_TO_CORRECT);
        assertThat(items.get(0).on()).contains(asked);
        assertThat(items.get(0).reason()).contains("Préciser le diagnostic");

        assertThat(PorteurTodo.of(
                        situation(
                                List.of(dossier(DossierKind.LETTRE_INTENTION, DossierState.DRAFT, asked)),
                                null,
                                List.of()),
                        TODAY))
                .extracting(TodoItem::kind)
                .containsExactly(TodoKind.DOSSIER_TO_FILE);
    }

    @Test
    void anArsMessageLeftUnansweredOnAnOpenDossierIsToAnswerBeforeWaitingForTheDecision() {
        LocalDate written = LocalDate.of(2026, 11, 20);
        DossierFacts underInstruction = new DossierFacts(
                DossierKind.LETTRE_INTENTION,
                DossierState.UNDER_INSTRUCTION,
                LocalDate.of(2026, 11, 1),
                Optional.of(written),
                Optional.empty());

        List<TodoItem> items = PorteurTodo.of(situation(List.of(underInstruction), null, List.of()), TODAY);

        assertThat(items)
                .extracting(TodoItem::kind)
                .containsExactly(TodoKind.MESSAGE_TO_ANSWER, TodoKind.DOSSIER_WITH_ARS);
        assertThat(items.get(0).on()).contains(written);
        assertThat(items.get(items.size() - 1).kind().forTheCpts()).isFalse();
    }

    @Test
    void aFiledDossierWaitsForTheArsToTakeIt() {
        assertThat(PorteurTodo.of(
                        situation(
                                List.of(dossier(DossierKind.LETTRE_INTENTION, DossierState.SUBMITTED, TODAY)),
                                null,
                                List.of()),
                        TODAY))
                .extracting(TodoItem::kind)
                .containsExactly(TodoKind.DOSSIER_FILED);
    }

    @Test
    void aMessageOnADecidedDossierAsksNothing() {
        DossierFacts validated = new DossierFacts(
                DossierKind.LETTRE_INTENTION,
                DossierState.VALIDATED,
                LocalDate.of(2026, 6, 1),
                Optional.of(LocalDate.of(2026, 5, 1)),
                Optional.empty());

        assertThat(PorteurTodo.of(situation(List.of(validated), null, List.of()), TODAY))
                .extracting(TodoItem::kind, TodoItem::dossier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        TodoKind.DOSSIER_TO_START, Optional.of(DossierKind.PROJET_SANTE)));
    }

    @Test
    void aValidatedHealthProjectWithoutContractAsksToPrepareIt() {
        assertThat(PorteurTodo.of(situation(validatedDossiers(), null, List.of()), TODAY))
                .extracting(TodoItem::kind)
                .containsExactly(TodoKind.CONTRACT_TO_PREPARE);
    }

    @Test
    void aContractAwaitingTheCptsSignatureIsToSignAndOneSignedByTheCptsWaitsForTheOthers() {
        ContractFacts toSign = new ContractFacts(
                Optional.empty(),
                Optional.empty(),
                Optional.of(new PendingVersion(1, Set.of(ContractParty.ARS), Optional.of(TODAY))),
                Optional.empty());
        TodoItem item = PorteurTodo.of(situation(validatedDossiers(), toSign, List.of()), TODAY)
                .get(0);
        assertThat(item.kind()).isEqualTo(TodoKind.CONTRACT_TO_SIGN);
        assertThat(item.parties()).containsExactly(ContractParty.CPTS, ContractParty.CPAM);
        assertThat(item.amendment()).isFalse();

        ContractFacts amendment = new ContractFacts(
                Optional.of(SIGNED),
                Optional.empty(),
                Optional.of(new PendingVersion(2, Set.of(ContractParty.CPTS), Optional.empty())),
                Optional.empty());
        assertThat(PorteurTodo.of(situation(validatedDossiers(), amendment, List.of()), TODAY))
                .filteredOn(todo -> todo.kind() == TodoKind.CONTRACT_AWAITING_SIGNATURES)
                .singleElement()
                .satisfies(todo -> {
                    assertThat(todo.amendment()).isTrue();
                    assertThat(todo.parties()).containsExactly(ContractParty.ARS, ContractParty.CPAM);
                });
    }

    @Test
    void theReviewOfEachStartedContractYearNotOpenedYetIsToOpenFromItsFirstDay() {
        ContractFacts inForce =
                new ContractFacts(Optional.of(SIGNED), Optional.empty(), Optional.empty(), Optional.empty());
        List<ReviewFacts> yearOneFiled = List.of(new ReviewFacts(1, ReviewState.SUBMITTED, LocalDate.of(2026, 10, 3)));

        List<TodoItem> items = PorteurTodo.of(situation(validatedDossiers(), inForce, yearOneFiled), TODAY);

        assertThat(items)
                .extracting(TodoItem::kind, TodoItem::number)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TodoKind.REVIEW_TO_OPEN, 2L),
                        org.assertj.core.groups.Tuple.tuple(TodoKind.REVIEW_WITH_CPAM, 1L));
        assertThat(items.get(0).on()).contains(LocalDate.of(2026, 9, 8));
        assertThat(PorteurTodo.contractYear(situation(validatedDossiers(), inForce, yearOneFiled), TODAY))
                .hasValue(2);
    }

    @Test
    void noContractYearBeforeTheSignatureAfterTheFifthYearOrOnceEnded() {
        ContractFacts inForce =
                new ContractFacts(Optional.of(SIGNED), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(PorteurTodo.contractYear(situation(List.of(), inForce, List.of()), SIGNED.minusDays(1)))
                .isEmpty();
        assertThat(PorteurTodo.contractYear(situation(List.of(), inForce, List.of()), SIGNED))
                .hasValue(1);
        assertThat(PorteurTodo.contractYear(
                        situation(List.of(), inForce, List.of()),
                        SIGNED.plusYears(5).minusDays(1)))
                .hasValue(5);
        assertThat(PorteurTodo.contractYear(situation(List.of(), inForce, List.of()), SIGNED.plusYears(5)))
                .isEmpty();
        ContractFacts ended =
                new ContractFacts(Optional.of(SIGNED), Optional.of(TODAY), Optional.empty(), Optional.empty());
        assertThat(PorteurTodo.contractYear(situation(List.of(), ended, List.of()), TODAY))
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    void aMissionDatePassedComesFirstAndOneWithinThirtyDaysIsAnnounced() {
        ContractFacts late = new ContractFacts(
                Optional.of(SIGNED), Optional.empty(), Optional.empty(), Optional.of(TODAY.minusDays(1)));
        List<TodoItem> items = PorteurTodo.of(
                situation(
                        validatedDossiers(),
                        late,
                        List.of(
                                new ReviewFacts(1, ReviewState.DRAFT, SIGNED),
                                new ReviewFacts(2, ReviewState.DRAFT, SIGNED.plusYears(1)))),
                TODAY);
        assertThat(items.get(0).kind()).isEqualTo(TodoKind.MISSIONS_LATE);
        assertThat(items.get(0).late()).isTrue();

        ContractFacts soon = new ContractFacts(
                Optional.of(SIGNED),
                Optional.empty(),
                Optional.empty(),
                Optional.of(TODAY.plusDays(PorteurTodo.DUE_SOON_DAYS)));
        assertThat(PorteurTodo.of(situation(validatedDossiers(), soon, List.of()), TODAY))
                .extracting(TodoItem::kind)
                .contains(TodoKind.MISSIONS_DUE_SOON);
        ContractFacts far = new ContractFacts(
                Optional.of(SIGNED),
                Optional.empty(),
                Optional.empty(),
                Optional.of(TODAY.plusDays(PorteurTodo.DUE_SOON_DAYS + 1)));
        assertThat(PorteurTodo.of(situation(validatedDossiers(), far, List.of()), TODAY))
                .extracting(TodoItem::kind)
                .doesNotContain(TodoKind.MISSIONS_DUE_SOON, TodoKind.MISSIONS_LATE);
    }

    @Test
    void aBalanceDueIsAwaitedFromTheCpamAndMarkedLateOnceItsDayPassed() {
        PorteurSituation situation = new PorteurSituation(
                validatedDossiers(),
                Optional.of(new ContractFacts(
                        Optional.of(TODAY.minusMonths(6)), Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(new ReviewFacts(1, ReviewState.CLOSED, TODAY)),
                List.of(new Balance(1, new BigDecimal("43517.12"), TODAY.minusDays(2))),
                Optional.of(new Drafts(2, TODAY.minusDays(10))));

        List<TodoItem> items = PorteurTodo.of(situation, TODAY);

        assertThat(items)
                .extracting(TodoItem::kind)
                .containsExactly(TodoKind.SUBSIDY_REQUEST_TO_FILE, TodoKind.BALANCE_DUE);
        assertThat(items.get(0).number()).isEqualTo(2);
        assertThat(items.get(items.size() - 1).amount()).contains(new BigDecimal("43517.12"));
        assertThat(items.get(items.size() - 1).late()).isTrue();
    }

    private static List<DossierFacts> validatedDossiers() {
        return List.of(
                dossier(DossierKind.LETTRE_INTENTION, DossierState.VALIDATED, LocalDate.of(2024, 12, 1)),
                dossier(DossierKind.PROJET_SANTE, DossierState.VALIDATED, LocalDate.of(2025, 6, 1)));
    }

    private static DossierFacts dossier(DossierKind kind, DossierState state, LocalDate since) {
        return new DossierFacts(kind, state, since, Optional.empty(), Optional.of("Préciser le diagnostic"));
    }

    private static PorteurSituation situation(
            List<DossierFacts> dossiers, ContractFacts contract, List<ReviewFacts> reviews) {
        return new PorteurSituation(dossiers, Optional.ofNullable(contract), reviews, List.of(), Optional.empty());
    }
}
