package fr.cpts.persistence;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Boots the persistence module alone (JPA, Flyway, adapters) for its tests. */
@SpringBootApplication
public class PersistenceTestApplication {

    /** The one clock, as the application declares it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
