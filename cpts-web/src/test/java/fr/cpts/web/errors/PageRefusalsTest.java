package fr.cpts.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.SessionFlashMapManager;

class PageRefusalsTest {

    private final PageRefusals refusals = new PageRefusals();

    @Test
    void sendsTheFormBackToItsPageWithTheRefusalInFrench() throws Exception {
        MockHttpServletRequest request = requestWith(Map.of("id", "42", "year", "3"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        refusals.refused(new DomainException("La revue est déjà clôturée."), handler("form"), request, response);

        assertThat(response.getRedirectedUrl()).isEqualTo("/cpam/cpts/42/revues/3#indicateurs");
        FlashMap flash = (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
        assertThat(flash.get("error")).isEqualTo("La revue est déjà clôturée.");
        assertThat(flash.getTargetRequestPath()).isEqualTo("/cpam/cpts/42/revues/3");
    }

    @Test
    void leavesARefusalOfAHandlerThatIsNotSuchAFormToTheErrorPages() throws Exception {
        DomainException refusal = new DomainException("Refus");

        assertThatThrownBy(() -> refusals.refused(
                        refusal, handler("page"), requestWith(Map.of()), new MockHttpServletResponse()))
                .isSameAs(refusal);
    }

    @Test
    void writesPathVariablesEncodedSoThatNoneCanLeaveThePath() {
        assertThat(PageRefusals.expanded("/porteur/dossiers/{slug}#pieces", requestWith(Map.of("slug", "a/../b c"))))
                .isEqualTo("/porteur/dossiers/a%2F..%2Fb+c#pieces");
    }

    private static MockHttpServletRequest requestWith(Map<String, String> variables) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/quelque-part");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        request.setAttribute(DispatcherServlet.FLASH_MAP_MANAGER_ATTRIBUTE, new SessionFlashMapManager());
        return request;
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
    }

    static class Handlers {

        @BackOnRefusal("/cpam/cpts/{id}/revues/{year}#indicateurs")
        String form() {
            return "redirect:/";
        }

        String page() {
            return "page";
        }
    }
}
