package fr.cpts.web.errors;

import java.util.Arrays;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before the application sees the request (an encoded slash, a stray {@code %} or {@code ;} in
 * the address) gets a French page with the platform's security headers, instead of Tomcat's own report. Runs after
 * Spring Boot's own customizer, which adds a plain report valve to the host: that one is replaced.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Arrays.stream(host.getPipeline().getValves())
                        .filter(ErrorReportValve.class::isInstance)
                        .forEach((Valve valve) -> host.getPipeline().removeValve(valve));
                // the host adds a report valve of this class at start unless one is there: this one
                host.setErrorReportValveClass(FrenchErrorReportValve.class.getName());
                host.getPipeline().addValve(new FrenchErrorReportValve(messages));
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
