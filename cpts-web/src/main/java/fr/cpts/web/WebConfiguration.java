package fr.cpts.web;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The platform speaks French to everyone, whatever the browser asks, and reads the time from one clock. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.FRANCE);
    }

    /**
     * The time the platform reads (contract deadlines, years of a contract): the real time, which the demo scenario
     * sets back on its own thread while it tells the story of the demo CPTS.
     */
    @Bean
    ScenarioClock clock() {
        return new ScenarioClock(Clock.systemUTC());
    }
}
