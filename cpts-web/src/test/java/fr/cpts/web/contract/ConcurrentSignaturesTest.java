package fr.cpts.web.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.contract.ContractParty;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Eight ARS and CPAM agents signing the same draft contract at the same instant, through the service on the real
 * PostgreSQL: one signature per party is kept, every other attempt gets the French conflict or « déjà signé »
 * message, and the PDF is issued once.
 */
@CptsWebTest
class ConcurrentSignaturesTest {

    static final int THREADS = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    ContractService service;

    @Autowired
    Contracts contracts;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Dossiers dossiers;

    @Test
    void signaturesRacingOnTheSameVersionKeepOneSignaturePerPartyAndIssueThePdfOnce() throws Exception {
        TestPorteurs.TestPorteur team = ContractTestTeams.withValidatedHealthProject(
                "CPTS Signatures concurrentes", records, territories, accounts, encoder, dossiers);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(porteur));
        mvc.perform(ContractForms.terms(post("/porteur/contrat/modifier"), 1)
                .with(csrf())
                .session(porteur));
        CptsRecord cpts = team.cpts();
        service.sign(accounts.byUsername(team.username()).orElseThrow(), cpts, 2);
        List<Account> officers = List.of(
                accounts.byUsername("ars").orElseThrow(),
                accounts.byUsername("cpam").orElseThrow());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DomainException>> attempts = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            Account officer = officers.get(thread % 2);
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    service.sign(officer, cpts, 3);
                    return null;
                } catch (DomainException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<DomainException> outcomes = new ArrayList<>();
        for (Future<DomainException> attempt : attempts) {
            outcomes.add(attempt.get());
        }
        pool.shutdown();

        assertThat(outcomes.stream().filter(refused -> refused == null)).hasSize(1);
        assertThat(outcomes.stream().filter(refused -> refused != null))
                .hasSize(THREADS - 1)
                .allSatisfy(refused -> assertThat(refused.getMessage())
                        .satisfiesAnyOf(
                                message -> assertThat(message)
                                        .startsWith("Le contrat ACI a été modifié par une autre personne"),
                                message -> assertThat(message).contains("l'a déjà signé")));
        var draft =
                contracts.of(cpts.id()).orElseThrow().contract().pendingDraft().orElseThrow();
        assertThat(draft.signatures()).hasSize(2);
        assertThat(draft.signatureOf(ContractParty.CPTS)).isPresent();
        assertThat(contracts.document(cpts.id(), 1)).isEmpty();
    }
}
