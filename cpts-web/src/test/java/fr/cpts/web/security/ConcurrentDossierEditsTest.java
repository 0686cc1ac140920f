package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierConflict;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territory;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.dossier.DossierInstruction;
import fr.cpts.web.dossier.DossierService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many people acting on the same dossier at the same instant, through the service layer on the real PostgreSQL:
 * for each version exactly one save or decision wins, every other attempt gets the French conflict (or
 * illegal-move) message, and the database holds the winner's work and one transition, never several.
 */
@CptsWebTest
class ConcurrentDossierEditsTest {

    static final int THREADS = 8;
    static final int ROUNDS = 4;

    @Autowired
    DossierService service;

    @Autowired
    DossierInstruction instruction;

    @Autowired
    Dossiers dossiers;

    @Autowired
    CptsRecords records;

    @Autowired
    Accounts accounts;

    @Autowired
    SeedGrants seedGrants;

    /** The outcome of one attempt: the dossier saved, or the refusal's message. */
    record Outcome(int thread, Dossier saved, DomainException refused) {}

    @Test
    void eightPeopleSavingTheSameDraftFromTheSameVersionLeaveExactlyOneWinnerPerVersion() throws Exception {
        Account porteur = porteurOfANewCpts("Brouillons concurrents");
        CptsRecord cpts = cptsOf(porteur);
        service.saveDraft(porteur, DossierKind.LETTRE_INTENTION, letter("version initiale"), OptionalLong.empty());
        int attempts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long read = dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION)
                    .orElseThrow()
                    .version();
            int r = round;
            List<Outcome> outcomes = race(thread -> service.saveDraft(
                    porteur,
                    DossierKind.LETTRE_INTENTION,
                    letter("tour " + r + ", personne " + thread),
                    OptionalLong.of(read)));
            attempts += outcomes.size();

            List<Outcome> winners =
                    outcomes.stream().filter(outcome -> outcome.saved() != null).toList();
            assertThat(winners).as("round %d: one save wins", round).hasSize(1);
            assertThat(outcomes.stream().filter(outcome -> outcome.refused() != null))
                    .hasSize(THREADS - 1)
                    .allSatisfy(outcome -> assertThat(outcome.refused())
                            .isInstanceOf(DossierConflict.class)
                            .hasMessageStartingWith("Ce dossier a été modifié par une autre personne"));
            Dossier stored =
                    dossiers.of(cpts.id(), DossierKind.LETTRE_INTENTION).orElseThrow();
            assertThat(stored.version()).isEqualTo(read + 1);
            assertThat(((LetterOfIntent) stored.content()).firstDiagnostic())
                    .isEqualTo("tour " + r + ", personne " + winners.get(0).thread());
        }
        System.out.println("Concurrent draft saves: " + attempts + " attempts");
    }

    @Test
    void concurrentDecisionsOnADossierUnderInstructionRecordExactlyOneTransition() throws Exception {
        Account ars = accounts.byUsername("ars").orElseThrow();
        List<DossierMove> moves = List.of(DossierMove.VALIDATE, DossierMove.REFUSE, DossierMove.REQUEST_CORRECTIONS);
        int attempts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Dossier before = dossierUnderInstruction("Décisions concurrentes " + round);
            long id = before.id().orElseThrow().value();
            List<Outcome> outcomes = race(thread -> {
                DossierMove move = moves.get(thread % moves.size());
                return instruction.decide(ars, id, move, move == DossierMove.VALIDATE ? null : "Motif n° " + thread);
            });
            attempts += outcomes.size();

            List<Outcome> winners =
                    outcomes.stream().filter(outcome -> outcome.saved() != null).toList();
            assertThat(winners).as("round %d: one decision wins", round).hasSize(1);
            assertThat(outcomes.stream().filter(outcome -> outcome.refused() != null))
                    .hasSize(THREADS - 1)
                    .allSatisfy(outcome -> assertThat(outcome.refused().getMessage())
                            .satisfiesAnyOf(
                                    message -> assertThat(message)
                                            .startsWith("Ce dossier a été modifié par une autre personne"),
                                    message -> assertThat(message)
                                            .startsWith("Impossible de ")
                                            .contains("il est à l'état « "
                                                    + winners.get(0)
                                                            .saved()
                                                            .state()
                                                            .label() + " »")));
            Dossier after = dossiers.byId(new DossierId(id)).orElseThrow();
            DossierMove won =
                    winners.get(0).saved().lastTransition().orElseThrow().move();
            assertThat(after.state()).isEqualTo(won.to());
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.timeline()).hasSize(before.timeline().size() + 1);
            assertThat(after.timeline().stream().map(Step::move).filter(moves::contains))
                    .containsExactly(won);
        }
        System.out.println("Concurrent ARS decisions: " + attempts + " attempts");
    }

    @Test
    void concurrentSeedGrantsOnAValidatedLetterRecordOneGrant() throws Exception {
        Account ars = accounts.byUsername("ars").orElseThrow();
        Dossier letter = dossierUnderInstruction("Subvention concurrente");
        long id = letter.id().orElseThrow().value();
        instruction.decide(ars, id, DossierMove.VALIDATE, null);

        List<Outcome> outcomes = race(thread -> {
            instruction.grantSeed(ars, id, Money.euros(20_000 + thread), LocalDate.of(2025, 1, 15));
            return null;
        });

        assertThat(outcomes.stream().filter(outcome -> outcome.refused() == null))
                .hasSize(1);
        assertThat(outcomes.stream().filter(outcome -> outcome.refused() != null))
                .hasSize(THREADS - 1)
                .allSatisfy(outcome -> assertThat(outcome.refused())
                        .hasMessage("Une subvention FIR d'amorçage a déjà été décidée pour cette lettre d'intention."));
        assertThat(seedGrants.of(new DossierId(id))).isPresent();
    }

    /** Runs the action on {@link #THREADS} threads released at the same instant; every exception but a refusal fails. */
    private List<Outcome> race(ThreadAction action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int t = thread;
                futures.add(pool.submit((Callable<Outcome>) () -> {
                    ready.countDown();
                    go.await();
                    try {
                        Dossier saved = action.run(t);
                        return new Outcome(t, saved == null ? placeholder() : saved, null);
                    } catch (DomainException refused) {
                        return new Outcome(t, null, refused);
                    }
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface ThreadAction {
        Dossier run(int thread) throws Exception;
    }

    private static Dossier placeholder() {
        return Dossier.startLetterOfIntent(new fr.cpts.domain.cpts.CptsId(1), Instant.now());
    }

    /** A CPTS of région 75 with no territory stored (so no overlap ever refuses a validation), and its porteur. */
    private Account porteurOfANewCpts(String name) {
        String suffix = ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000;
        CptsRecord cpts =
                records.create("CPTS " + name + " " + suffix, new RegionCode("75"), new DepartementCode("33"));
        Account porteur = new Account(
                "porteur-concurrent-" + suffix,
                "Porteur " + name,
                "{noop}x",
                Role.PORTEUR,
                new AccessScope.OwnCpts(cpts.id()));
        accounts.create(porteur);
        return porteur;
    }

    private CptsRecord cptsOf(Account porteur) {
        return records.byId(((AccessScope.OwnCpts) porteur.scope()).cpts()).orElseThrow();
    }

    private Dossier dossierUnderInstruction(String name) {
        Account porteur = porteurOfANewCpts(name);
        CptsRecord cpts = cptsOf(porteur);
        Actor by = Actor.of(porteur);
        Instant now = Instant.now();
        Dossier letter = Dossier.startLetterOfIntent(cpts.id(), now.minusSeconds(3600));
        letter.edit(ScopeFixture.completeLetter(), by);
        letter.submit(by, now.minusSeconds(1800), new Territory(cpts.id(), Set.of(new InseeCode("33227"))), List.of());
        letter.take(ScopeFixture.ARS, now.minusSeconds(900));
        return dossiers.save(letter);
    }

    private static LetterOfIntent letter(String diagnostic) {
        return new LetterOfIntent(diagnostic, "Acteurs", Map.of(), List.of());
    }
}
