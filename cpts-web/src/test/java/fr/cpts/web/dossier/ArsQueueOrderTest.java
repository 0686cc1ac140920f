package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@CptsWebTest
class ArsQueueOrderTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheDossiersAwaitingADecisionBeforeTheDecidedOnesWhateverTheirAge() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        String page = mvc.perform(get("/ars/dossiers").param("vue", "tous").session(ars))
                .andReturn()
                .getResponse()
                .getContentAsString();

        int underInstruction = page.indexOf("CPTS Sud Gironde");
        int validatedLongAgo = page.indexOf("CPTS du Bassin d&#39;Arcachon");
        assertThat(underInstruction).isPositive();
        assertThat(validatedLongAgo).isPositive();
        assertThat(underInstruction).isLessThan(validatedLongAgo);
    }
}
