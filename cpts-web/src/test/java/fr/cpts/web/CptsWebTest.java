package fr.cpts.web;

import fr.cpts.persistence.testing.PostgresTestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL database of its own (migrated by Flyway, demo data loaded),
 * driven through MockMvc. Test classes with this annotation share one application context. Sessions stay in the
 * servlet container here, so tests can hold a {@code MockHttpSession}; the PostgreSQL session store is tested
 * through real HTTP (SharedSessionTest, DatabaseFaultTest, browser tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "cpts.sessions.store=container",
            // mails stay in the outbox until a test delivers them (to GreenMail, or kept); the daily jobs run when a
            // test calls them
            "cpts.mail.delivery-delay=P1D",
            "cpts.notifications.digest-cron=-",
            "cpts.notifications.deadline-cron=-",
            // every MockMvc request comes from 127.0.0.1: the per-address bound of mail requests is tested on its own
            "cpts.mail-requests.per-address-per-hour=1000000"
        })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public @interface CptsWebTest {}
