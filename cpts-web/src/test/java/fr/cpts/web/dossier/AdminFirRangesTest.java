package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator records a région's new FIR range from a future date: the range in force stays until then, the
 * history keeps both, the change is journalled, and a range whose maximum is below its minimum is refused.
 */
@CptsWebTest
class AdminFirRangesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SeedGrants seedGrants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewRangeFromAFutureDateJoinsTheHistoryAndLeavesTheRangeInForce() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(post("/admin/fourchettes-fir")
                        .param("region", "94")
                        .param("minimum", "5 000")
                        .param("maximum", "20 000,50")
                        .param("effectiveFrom", "01/01/2030")
                        .param("source", "Délibération de test de l'ARS de Corse")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("success", containsString("en vigueur à partir du 01/01/2030")));

        RegionCode corse = new RegionCode("94");
        assertThat(seedGrants
                        .rangeFor(corse, LocalDate.of(2029, 12, 31))
                        .orElseThrow()
                        .maximum())
                .isEqualTo(Money.euros(50_000));
        assertThat(seedGrants
                        .rangeFor(corse, LocalDate.of(2030, 1, 1))
                        .orElseThrow()
                        .maximum())
                .isEqualTo(Money.of("20000.50"));
        mvc.perform(get("/admin/fourchettes-fir").session(admin))
                .andExpect(content().string(containsString("À partir du 01/01/2030 : 5 000,00 € à 20 000,50 €")))
                .andExpect(content().string(containsString("À partir du 01/08/2020 : 10 000,00 € à 50 000,00 €")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'FOURCHETTE_FIR' and entity_id = ?",
                        Long.class,
                        "94 2030-01-01"))
                .isOne();
    }

    @Test
    void aMaximumBelowTheMinimumIsRefusedNamingTheFieldAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/admin/fourchettes-fir")
                        .param("region", "94")
                        .param("minimum", "30 000")
                        .param("maximum", "20 000")
                        .param("effectiveFrom", "01/06/2031")
                        .param("source", "Essai")
                        .with(csrf())
                        .session(SignIn.as(mvc, "admin", "admin-demo")))
                .andExpect(flash().attribute("error", containsString("Maximum :")));

        assertThat(seedGrants
                        .rangeFor(new RegionCode("94"), LocalDate.of(2031, 6, 1))
                        .orElseThrow()
                        .effectiveFrom())
                .isNotEqualTo(LocalDate.of(2031, 6, 1));
    }
}
