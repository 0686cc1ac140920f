package fr.cpts.persistence.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL server started from binaries shipped in a jar, its data kept in a
 * directory that survives restarts. Used unless {@code cpts.database.mode=external} (profile {@code postgres}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cpts.database.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${cpts.database.embedded.data-directory}") Path dataDirectory,
            @Value("${cpts.database.embedded.port}") int port)
            throws IOException {
        Files.createDirectories(dataDirectory);
        log.info("PostgreSQL embarqué : données dans {}, port {}", dataDirectory.toAbsolutePath(), port);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    /** The pool takes the usual {@code spring.datasource.hikari.*} settings (timeouts, size). */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("cpts-embedded");
        return dataSource;
    }
}
