package fr.cpts.persistence;

import fr.cpts.persistence.testing.PostgresTestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Transactional;

/** A persistence test on a real PostgreSQL database of its own, migrated by Flyway; each test is rolled back. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Transactional
public @interface PersistenceTest {}
