package fr.cpts.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@CptsWebTest
class NavigationPagesTest {

    private static final Pattern CURRENT = Pattern.compile("aria-current=\"page\"[^>]*>([^<]+)<");

    @Autowired
    MockMvc mvc;

    @Test
    void marksOnlyTheMostSpecificSectionAsCurrent() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        assertThat(currentSections("/ars/dossiers", ars)).containsExactly("Dossiers à instruire");
        assertThat(currentSections("/ars", ars)).containsExactly("CPTS de la région");
        assertThat(currentSections("/simulateur", ars)).containsExactly("Simulateur de financement");
    }

    private List<String> currentSections(String path, MockHttpSession session) throws Exception {
        Matcher current = CURRENT.matcher(mvc.perform(get(path).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> sections = new ArrayList<>();
        while (current.find()) {
            sections.add(current.group(1).strip());
        }
        return sections;
    }
}
