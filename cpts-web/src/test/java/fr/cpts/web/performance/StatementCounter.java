package fr.cpts.web.performance;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts the SQL statements the application sends to PostgreSQL while a piece of test code runs on the test's
 * thread (a MockMvc request runs there), whatever issues them: JDBC, JPA, Flyway. The application's DataSource is
 * wrapped so that every statement executed (a batch counts once) is counted; statements of other threads
 * (scheduled jobs) are not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

    /** How many statements {@code work} sent. */
    public static int count(Callable<?> work) throws Exception {
        AtomicInteger count = new AtomicInteger();
        COUNT.set(count);
        try {
            work.call();
        } finally {
            COUNT.remove();
        }
        return count.get();
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
                return proxyStatement(statement);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type},
                handler));
    }

    private static Statement proxyStatement(Statement statement) {
        Class<?>[] types = statement instanceof java.sql.CallableStatement
                ? new Class<?>[]{java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement ? new Class<?>[]{java.sql.PreparedStatement.class}
                : new Class<?>[]{Statement.class};
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types,
                (proxy, method, arguments) -> {
                    if (method.getName().startsWith("execute")) {
                        AtomicInteger count = COUNT.get();
                        if (count != null) {
                            count.incrementAndGet();
                        }
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
