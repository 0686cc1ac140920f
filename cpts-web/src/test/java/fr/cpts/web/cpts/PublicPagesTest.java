package fr.cpts.web.cpts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.cpts.ListedCpts;
import fr.cpts.domain.dashboard.Coverage;
import fr.cpts.domain.dashboard.Dashboards;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.CptsWebTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The public directory and map, read without signing in: the directory lists the CPTS that have filed their letter of
 * intent (never an initiative not yet filed), counted apart from its own query; a CPTS's population is that of its
 * territory; the CSV holds the list as filtered; the map shows every département with the figures of the dashboard's
 * coverage, and a chosen département lists its CPTS. No amount is shown.
 */
@CptsWebTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsList cpts;

    @Autowired
    Dashboards dashboards;

    @Test
    void theDirectoryListsEveryFiledCptsOfFranceAndNoInitiative() throws Exception {
        List<ListedCpts> all = cpts.listed(new AccessScope.National(), CptsFilter.NONE, PageRequest.of(1, 500))
                .rows();
        List<String> filed = all.stream()
                .filter(listed -> listed.cpts().stage() != CptsStage.INITIATIVE)
                .map(listed -> listed.cpts().name())
                .toList();
        List<String> initiatives = all.stream()
                .filter(listed -> listed.cpts().stage() == CptsStage.INITIATIVE)
                .map(listed -> listed.cpts().name())
                .toList();

        String page = page("/annuaire");
        assertThat(page).contains(filed.size() + " CPTS, par nom");
        filed.stream().limit(20).forEach(name -> assertThat(page).contains(HtmlUtils.htmlEscape(name, "UTF-8")));
        initiatives.forEach(name -> assertThat(page).doesNotContain(">" + HtmlUtils.htmlEscape(name, "UTF-8") + "<"));
        assertThat(page).doesNotContain("€");

        List<String[]> lines = csv("/annuaire.csv");
        assertThat(lines.get(0))
                .containsExactly(
                        "CPTS",
                        "Étape",
                        "Communes du territoire",
                        "Population du territoire",
                        "Code département",
                        "Département",
                        "Code région",
                        "Région");
        assertThat(lines).hasSize(1 + filed.size());
        assertThat(lines.stream().skip(1).map(cells -> cells[0]).toList()).containsExactlyInAnyOrderElementsOf(filed);
    }

    @Test
    void aCptsPopulationIsThatOfItsTerritory() throws Exception {
        List<String[]> gironde = csv("/annuaire.csv?departement=33");
        assertThat(gironde).hasSizeGreaterThan(1);
        assertThat(gironde.stream().skip(1))
                .allSatisfy(cells -> assertThat(cells[4]).isEqualTo("33"));
        String name = gironde.get(1)[0];
        ListedCpts first = cpts
                .listed(new AccessScope.National(), new CptsFilter(null, null, null, name), PageRequest.first())
                .rows()
                .stream()
                .filter(listed -> listed.cpts().name().equals(name))
                .findFirst()
                .orElseThrow();
        Coverage own = dashboards
                .of(new AccessScope.OwnCpts(first.cpts().id()), LocalDate.now())
                .coverage();
        String[] line = gironde.get(1);
        assertThat(line[2]).isEqualTo(String.valueOf(own.communes()));
        assertThat(line[3]).isEqualTo(own.communes() == 0 ? "" : String.valueOf(own.population()));
    }

    @Test
    void theMapShowsEveryDepartementAndAChosenOneListsItsCpts() throws Exception {
        int departements = dashboards.departementsOfFrance().size();
        assertThat(departements).isGreaterThanOrEqualTo(101);
        String map = page("/carte");
        assertThat(map.split("<tr>", -1)).hasSize(1 + 1 + departements);
        assertThat(map).contains("Guadeloupe (971)", "La Réunion (974)", "Mayotte (976)", "CC BY 4.0");
        assertThat(map).doesNotContain("id=\"departement-choisi\"");

        String gironde = page("/carte?departement=33");
        assertThat(gironde).contains("CPTS du département : Gironde (33)");
        List<String[]> directory = csv("/annuaire.csv?departement=33");
        directory.stream().skip(1).forEach(cells -> assertThat(gironde)
                .contains(HtmlUtils.htmlEscape(cells[0], "UTF-8")));

        assertThat(page("/carte?departement=%3Cscript%3E")).doesNotContain("id=\"departement-choisi\"");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String[]> csv(String path) throws Exception {
        byte[] bytes = mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return Arrays.stream(text.split("\r\n"))
                .map(line -> line.split(";", -1))
                .toList();
    }
}
