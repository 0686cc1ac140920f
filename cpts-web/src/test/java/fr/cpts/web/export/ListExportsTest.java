package fr.cpts.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.AccountFilter;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.assistant.SubsidyRequestQueries;
import fr.cpts.web.audit.Journal;
import fr.cpts.web.contract.ContractQueries;
import fr.cpts.web.dossier.CpamOpinions;
import fr.cpts.web.dossier.DossierInstruction;
import fr.cpts.web.dossier.QueueView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every list exports exactly what it shows, with its filters and in its order, within the person's scope: each CSV
 * has the list's total of lines under a French header (UTF-8 with BOM, {@code ;}, CRLF), and the XLSX reads back
 * with the same lines.
 */
@CptsWebTest
class ListExportsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    DossierInstruction instruction;

    @Autowired
    CpamOpinions opinions;

    @Autowired
    CptsList cpts;

    @Autowired
    ContractQueries contracts;

    @Autowired
    SubsidyRequestQueries requests;

    @Autowired
    Journal journal;

    @Test
    void theArsDossierExportHoldsTheFilteredListInItsOrder() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        Account officer = account("ars");
        List<String> shown = instruction
                .arsQueue(officer, QueueView.TO_DECIDE, null, null, null, null, PageRequest.of(1, PageRequest.MAX_SIZE))
                .rows()
                .stream()
                .map(row -> row.dossier().cptsName())
                .toList();
        assertThat(shown).isNotEmpty();

        List<String[]> lines = csv("/ars/dossiers.csv", ars);
        assertThat(lines.get(0))
                .containsExactly(
                        "N° de dossier",
                        "CPTS",
                        "Département",
                        "Dossier",
                        "État",
                        "Dans cet état depuis le",
                        "Jours dans cet état");
        assertThat(lines.subList(1, lines.size()).stream()
                        .map(cells -> cells[1])
                        .toList())
                .isEqualTo(shown);
        assertThat(lines.get(1)[5]).matches("\\d{2}/\\d{2}/\\d{4}");

        long validated = instruction
                .arsQueue(officer, QueueView.ALL, DossierState.VALIDATED, null, null, null, PageRequest.first())
                .total();
        List<String[]> filtered = csv("/ars/dossiers.csv?etat=VALIDATED", ars);
        assertThat(filtered).hasSize(1 + (int) validated);
        assertThat(filtered.subList(1, filtered.size()))
                .allSatisfy(cells -> assertThat(cells[4]).isEqualTo(DossierState.VALIDATED.label()));
    }

    @Test
    void eachOfficerListExportsAsManyLinesAsTheListCounts() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        Account arsOfficer = account("ars");
        Account cpamOfficer = account("cpam");

        assertThat(csv("/cpam/avis.csv", cpam))
                .hasSize(1
                        + (int) opinions.cpamOpinions(cpamOfficer, PageRequest.first())
                                .total());
        assertThat(csv("/ars/cpts.csv", ars)).hasSize(1 + (int) total(arsOfficer.scope(), CptsFilter.NONE));
        assertThat(csv("/cpam/cpts.csv", cpam)).hasSize(1 + (int) total(cpamOfficer.scope(), CptsFilter.NONE));
        assertThat(csv("/ars/contrats.csv", ars))
                .hasSize(1
                        + (int) contracts
                                .list(arsOfficer, false, PageRequest.first())
                                .total());
        assertThat(csv("/cpam/assistants-medicaux.csv", cpam))
                .hasSize(1
                        + (int) requests.officerRequests(cpamOfficer, PageRequest.first())
                                .total());

        // the CPAM's CPTS are those of its départements only
        List<String> cpamDepartements =
                cpts
                        .listed(cpamOfficer.scope(), CptsFilter.NONE, PageRequest.of(1, PageRequest.MAX_SIZE))
                        .rows()
                        .stream()
                        .map(row -> row.cpts().departement().value())
                        .distinct()
                        .toList();
        assertThat(csv("/cpam/cpts.csv", cpam).stream().skip(1).map(cells -> cells[3]))
                .allSatisfy(code -> assertThat(cpamDepartements).contains(code));
    }

    @Test
    void theNationalDirectoryAndTheAccountsExportWithTheirFilters() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        CptsFilter paris = new CptsFilter(new RegionCode("75"), null, null, null);
        List<String[]> directory = csv("/admin/cpts.csv?region=75", admin);
        assertThat(directory).hasSize(1 + (int) total(new AccessScope.National(), paris));
        assertThat(directory.stream().skip(1))
                .allSatisfy(cells -> assertThat(cells[1]).isEqualTo("75"));

        long officers = accounts.listed(AccountFilter.typed("", "ARS_OFFICER", "", ""), PageRequest.first())
                .total();
        List<String[]> lines = csv("/admin/comptes.csv?role=ARS_OFFICER", admin);
        assertThat(lines.get(0)).startsWith("Identifiant", "Nom", "Rôle");
        assertThat(lines).hasSize(1 + (int) officers);
        assertThat(lines.stream().skip(1))
                .allSatisfy(cells -> assertThat(cells[2]).isEqualTo("Agent ARS"));
    }

    @Test
    void theReviewExportGivesALinePerIndicatorAndReadsBackAsAWorkbook() throws Exception {
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        List<String[]> lines = csv("/cpam/revues.csv", cpam);
        assertThat(lines.get(0)).contains("Indicateur", "Valeur déclarée", "Décision de la CPAM", "Valeur retenue");

        byte[] xlsx = bytes("/cpam/revues.xlsx", cpam);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(lines.size());
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).getCellText(0)).isEqualTo(lines.get(i)[0]);
                if (!lines.get(i)[8].isEmpty()) {
                    assertThat(rows.get(i).getCellAsNumber(8).orElseThrow())
                            .isEqualByComparingTo(lines.get(i)[8].replace(',', '.'));
                }
            }
        }
    }

    @Test
    void theJournalExportsTheEntriesItsReaderMaySee() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        Account owner = account("porteur");
        long entries = journal.ownPage(owner, PageRequest.first()).entries().total();
        List<String[]> lines = csv("/porteur/journal.csv", porteur);
        assertThat(lines.get(0)).containsExactly("Date", "Auteur", "Rôle", "Objet", "Action", "Motif", "Modifications");
        assertThat(lines).hasSize(1 + (int) entries);

        byte[] xlsx = bytes("/porteur/journal.xlsx", porteur);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + (int) entries);
            if (entries > 0) {
                assertThat(rows.get(1).getCellAsDate(0)).isPresent();
            }
        }
    }

    @Test
    void theScheduleOfAContractInForceExportsEachOfItsLines() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        fr.cpts.domain.cpts.CptsId cpts =
                contracts.list(account("ars"), false, PageRequest.of(1, PageRequest.MAX_SIZE)).rows().stream()
                        .map(row -> row.cpts().id())
                        .filter(id -> contracts.scheduleInForce(id).isPresent())
                        .findFirst()
                        .orElseThrow();
        long lines = contracts.scheduleInForce(cpts).orElseThrow().years().stream()
                .mapToLong(year -> year.lines().size())
                .sum();
        List<String[]> csv = csv("/ars/cpts/" + cpts.value() + "/contrat/echeancier.csv", ars);
        assertThat(csv.get(0)).startsWith("Année du contrat", "Date", "Versement", "Nature", "Montant (€)");
        assertThat(csv).hasSize(1 + (int) lines);
        assertThat(csv.stream().skip(1))
                .allSatisfy(cells -> assertThat(cells[1]).matches("\\d{2}/\\d{2}/\\d{4}"));
    }

    @Test
    void anExportInAnotherFormatIsNoPage() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        mvc.perform(get("/ars/dossiers.pdf").session(ars)).andExpect(status().isNotFound());
        mvc.perform(get("/ars/revues.json").session(ars)).andExpect(status().isNotFound());
    }

    private long total(AccessScope scope, CptsFilter filter) {
        return cpts.listed(scope, filter, PageRequest.first()).total();
    }

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    /** The CSV's lines, each split in cells (none of the lists read here has a quoted cell holding {@code ;}). */
    private List<String[]> csv(String path, MockHttpSession session) throws Exception {
        byte[] bytes = bytes(path, session);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return Arrays.stream(text.split("\r\n"))
                .map(line -> line.split(";", -1))
                .toList();
    }

    private byte[] bytes(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
