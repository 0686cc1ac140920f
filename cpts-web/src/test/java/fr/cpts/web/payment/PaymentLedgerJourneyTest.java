package fr.cpts.web.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.contract.ContractForms;
import fr.cpts.web.contract.ContractTestTeams;
import fr.cpts.web.dossier.TestPorteurs;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The ledger through the pages, end to end: the contract signed by the three parties becomes payment orders; the
 * CPAM pays two of them; an amendment raises the accès mission's fixed part from 40 000 € to 50 000 €, so the unpaid
 * orders take the new amounts and the advance already paid gets a regularisation of the difference; the porteur
 * sees what was paid; the exports read back as French Excel expects.
 */
@CptsWebTest
class PaymentLedgerJourneyTest {

    /*
     * Signed 01/07/2024, bracket T1. Year 1: functioning 87 500 € paid in full at signature; the accès mission
     * (40 000 € a year, started at signature) is advanced 75 % at the start of the year: 30 000 €, its balance of
     * 10 000 € at the anniversary. Amended to 50 000 €: the advance becomes 37 500 € (7 500 € more than paid), the
     * balance 12 500 €.
     */
    private static final String FUNCTIONING = "Fonctionnement – année 1 : versement intégral à la signature";
    private static final String ACCES_ADVANCE = "Avance de 75 % de la part fixe – Accès aux soins";

    @Autowired
    MockMvc mvc;

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

    @Autowired
    Contracts contracts;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ordersFollowTheContractAndAnAmendmentRecomputesOnlyWhatIsUnpaid() throws Exception {
        TestPorteurs.TestPorteur team = ContractTestTeams.withValidatedHealthProject(
                "CPTS Registre Paiements", records, territories, accounts, encoder, dossiers);
        CptsId cpts = team.cpts().id();
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(porteur));
        mvc.perform(terms(post("/porteur/contrat/modifier"), cpts, "40 000").session(porteur));
        signByTheThreeParties(cpts, porteur, ars, cpam);

        // the schedule became orders, none paid
        Map<String, Object> functioning = order(cpts, FUNCTIONING + "%");
        Map<String, Object> advance = order(cpts, ACCES_ADVANCE + "%année 1%");
        Map<String, Object> balance = order(cpts, "Solde de 25 % de la part fixe – Accès aux soins%année 1%");
        assertThat((BigDecimal) functioning.get("amount")).isEqualByComparingTo("87500.00");
        assertThat((BigDecimal) advance.get("amount")).isEqualByComparingTo("30000.00");
        assertThat((BigDecimal) balance.get("amount")).isEqualByComparingTo("10000.00");
        assertThat(jdbc.queryForObject(
                        "select count(*) from payment_order where cpts_id = ? and state <> 'DUE'",
                        Long.class,
                        cpts.value()))
                .isZero();

        // the CPAM pays the functioning and the advance under one reference; nothing is paid twice or in the future
        mvc.perform(post("/cpam/paiements/paiement")
                        .param(
                                "ordre",
                                functioning.get("id").toString(),
                                advance.get("id").toString())
                        .param("paidOn", "15/07/2024")
                        .param("reference", "MANDAT-2024-0715")
                        .param("vue", "en-retard")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute(
                                "success", "2 ordres sont enregistrés comme payés (référence " + "MANDAT-2024-0715)."));
        mvc.perform(post("/cpam/paiements/paiement")
                        .param("ordre", functioning.get("id").toString())
                        .param("paidOn", "2024-07-16")
                        .param("reference", "MANDAT-BIS")
                        .param("vue", "tous")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute(
                                "error", org.hamcrest.Matchers.containsString("déjà été payé le 15/07/2024")));
        mvc.perform(post("/cpam/paiements/paiement")
                        .param("ordre", balance.get("id").toString())
                        .param("paidOn", "01/01/2099")
                        .param("reference", "MANDAT-FUTUR")
                        .param("vue", "tous")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("Date de paiement")));
        assertThat(state(balance)).isEqualTo("DUE");
        Map<String, Object> paidFunctioning = order(cpts, FUNCTIONING + "%");
        assertThat(paidFunctioning.get("state")).isEqualTo("PAID");

        // an amendment raises the accès mission's fixed part
        mvc.perform(post("/porteur/contrat/avenant")
                .param("reason", "Extension du territoire")
                .param(
                        "version",
                        String.valueOf(contracts.of(cpts).orElseThrow().version()))
                .with(csrf())
                .session(porteur));
        mvc.perform(terms(post("/porteur/contrat/modifier"), cpts, "50 000").session(porteur));
        signByTheThreeParties(cpts, porteur, ars, cpam);

        // paid orders untouched; the unpaid balance recomputed; the paid advance regularised by the difference
        assertThat(order(cpts, FUNCTIONING + "%")).isEqualTo(paidFunctioning);
        Map<String, Object> paidAdvance = order(cpts, ACCES_ADVANCE + "%année 1%");
        assertThat(paidAdvance.get("state")).isEqualTo("PAID");
        assertThat((BigDecimal) paidAdvance.get("amount")).isEqualByComparingTo("30000.00");
        Map<String, Object> recomputed = order(cpts, "Solde de 25 % de la part fixe – Accès aux soins%année 1%");
        assertThat(recomputed.get("id")).isEqualTo(balance.get("id"));
        assertThat((BigDecimal) recomputed.get("amount")).isEqualByComparingTo("12500.00");
        Map<String, Object> regularisation = order(cpts, "Régularisation – " + ACCES_ADVANCE + "%année 1%");
        assertThat((BigDecimal) regularisation.get("amount")).isEqualByComparingTo("7500.00");
        assertThat(regularisation.get("regularisation")).isEqualTo(true);
        assertThat(trail.ofCpts(cpts))
                .filteredOn(entry -> entry.action().equals("Ordres de paiement recalculés"))
                .hasSize(2)
                .anySatisfy(entry -> assertThat(entry.changes())
                        .anySatisfy(change -> assertThat(change.after()).contains("7 500,00 €")));
        assertThat(trail.ofCpts(cpts))
                .filteredOn(entry -> entry.action().equals("Paiement enregistré"))
                .hasSize(2);

        // the porteur reads what was paid, the ARS its région's ledger, the CPAM the order's explanation
        String paid = page("/porteur/paiements?vue=payes", porteur);
        assertThat(paid).contains("MANDAT-2024-0715", "87 500,00 €").doesNotContain("Marquer payé");
        assertThat(page("/ars/paiements?vue=tous", ars)).contains("CPTS Registre Paiements");
        assertThat(page("/cpam/paiements/" + regularisation.get("id"), cpam))
                .contains("Régularisation – " + ACCES_ADVANCE, "7 500,00 €", "/cpam/cpts/" + cpts.value() + "/contrat");

        // the exports: CSV for French Excel, XLSX with numbers and dates
        byte[] csv = mvc.perform(get("/cpam/paiements.csv?vue=payes").session(cpam))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).startsWith("N° d'ordre;Échéance;CPTS;");
        List<String> functioningLine =
                lines.stream().filter(line -> line.contains(FUNCTIONING)).toList();
        assertThat(functioningLine).singleElement().satisfies(line -> {
            String[] cells = line.split(";", -1);
            assertThat(cells[1]).isEqualTo("01/07/2024");
            assertThat(cells[9]).isEqualTo("87500,00");
            assertThat(cells[11]).isEqualTo("15/07/2024");
            assertThat(cells[12]).isEqualTo("MANDAT-2024-0715");
        });
        byte[] xlsx = mvc.perform(get("/cpam/paiements.xlsx?vue=payes").session(cpam))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(9)).isEqualTo("Montant (€)");
            Row row = rows.stream()
                    .filter(r -> FUNCTIONING.equals(r.getCellText(7)))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("87500");
            assertThat(row.getCellAsDate(1).orElseThrow().toLocalDate()).hasToString("2024-07-01");
        }
    }

    private MockHttpServletRequestBuilder terms(MockHttpServletRequestBuilder request, CptsId cpts, String acces) {
        Map<String, String> fields =
                ContractForms.fields(contracts.of(cpts).orElseThrow().version());
        fields.put("missions[0].fixedAmount", acces);
        fields.forEach(request::param);
        return request.with(csrf());
    }

    private void signByTheThreeParties(CptsId cpts, MockHttpSession porteur, MockHttpSession ars, MockHttpSession cpam)
            throws Exception {
        String officer = "/cpts/" + cpts.value() + "/contrat/signature";
        for (Map.Entry<String, MockHttpSession> party : List.of(
                Map.entry("/porteur/contrat/signature", porteur),
                Map.entry("/ars" + officer, ars),
                Map.entry("/cpam" + officer, cpam))) {
            mvc.perform(post(party.getKey())
                    .param("confirmation", "oui")
                    .param(
                            "version",
                            String.valueOf(contracts.of(cpts).orElseThrow().version()))
                    .with(csrf())
                    .session(party.getValue()));
        }
    }

    private Map<String, Object> order(CptsId cpts, String labelLike) {
        return jdbc.queryForMap(
                "select id, label, amount, state, regularisation, due_on from payment_order where cpts_id = ?"
                        + " and label like ? and state <> 'CANCELLED'",
                cpts.value(),
                labelLike);
    }

    private String state(Map<String, Object> order) {
        return jdbc.queryForObject("select state from payment_order where id = ?", String.class, order.get("id"));
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
