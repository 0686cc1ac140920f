package fr.cpts.web.session;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * HTTP sessions live in PostgreSQL (tables of migration V5), so any instance behind a load balancer serves any
 * signed-in person, and a restart signs nobody out. Idle sessions expire after 30 minutes.
 * {@code cpts.sessions.store=container} keeps them in the servlet container instead (MockMvc tests do).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cpts.sessions.store", havingValue = "jdbc", matchIfMissing = true)
// expired sessions are deleted by ExpiredSessionsCleanup, on one instance at a time, not by every instance
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 1800, cleanupCron = Scheduled.CRON_DISABLED)
class SessionConfiguration {}
