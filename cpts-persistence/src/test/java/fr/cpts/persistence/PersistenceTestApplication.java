package fr.cpts.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the persistence module alone (JPA, Flyway, adapters) for its tests. */
@SpringBootApplication
public class PersistenceTestApplication {
}
