package fr.cpts.persistence.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's Spring context at a fresh database on the test PostgreSQL server
 * ({@link TestDatabase}): use with {@code @ContextConfiguration(initializers = PostgresTestDatabase.class)}.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        Map<String, Object> properties = new HashMap<>();
        properties.put("cpts.database.mode", "external");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        if (database.password() != null) {
            properties.put("spring.datasource.password", database.password());
        }
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("cptsTestDatabase", properties));
    }
}
