package fr.cpts.web.performance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends to PostgreSQL while a piece of test code runs on the test's
 * thread (a MockMvc request runs there), whatever issues them: JDBC, JPA, Flyway. The application's DataSource is
 * wrapped so that every statement executed (a batch counts once) is counted; statements of other threads
 * (scheduled jobs) are not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    /** How many statements {@code work} sent. */
    public static int count(Callable<?> work) throws Exception {
        return sent(work).size();
    }

    /** The statements {@code work} sent, in order (the SQL text where the driver was given it). */
    public static List<String> sent(Callable<?> work) throws Exception {
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            work.call();
        } finally {
            SENT.remove();
        }
        return sent;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source ? proxy(DataSource.class, source) : bean;
            }
        };
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            Object result = invoke(method, target, arguments);
            if (method.getName().equals("unwrap")) {
                // the driver's own connection, asked for by name (COPY): given as it is
                return result;
            }
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement statement && !(target instanceof Statement)) {
                String sql =
                        arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text : null;
                return proxyStatement(statement, sql);
            }
            return result;
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Statement proxyStatement(Statement statement, String preparedSql) {
        Class<?>[] types = statement instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement
                        ? new Class<?>[] {java.sql.PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        return (Statement)
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types, (proxy, method, arguments) -> {
                    List<String> sent = SENT.get();
                    if (sent != null && method.getName().startsWith("execute")) {
                        sent.add(
                                preparedSql != null
                                        ? preparedSql
                                        : arguments != null && arguments.length > 0
                                                ? String.valueOf(arguments[0])
                                                : "batch");
                    }
                    return invoke(method, statement, arguments);
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }
}
