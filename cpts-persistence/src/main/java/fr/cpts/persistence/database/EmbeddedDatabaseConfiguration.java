package fr.cpts.persistence.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL server started from binaries shipped in a jar, its data kept in a
 * directory that survives restarts, with durable commits ({@link EmbeddedPostgresServer}). Used unless {@code cpts.database.mode=external} (profile {@code postgres}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cpts.database.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(
            @Value("${cpts.database.embedded.data-directory}") Path dataDirectory,
            @Value("${cpts.database.embedded.port}") int port)
            throws IOException {
        return EmbeddedPostgresServer.start(dataDirectory, port);
    }

    /** The pool takes the usual {@code spring.datasource.hikari.*} settings (timeouts, size). */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
        dataSource.setPassword(postgres.password());
        dataSource.setPoolName("cpts-embedded");
        return dataSource;
    }
}
