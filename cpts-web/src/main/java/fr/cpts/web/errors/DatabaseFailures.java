package fr.cpts.web.errors;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, connection cut) from a mistake in a query: by the
 * failure's type when it says so, otherwise by asking the database itself whether it answers.
 */
@Component
class DatabaseFailures {

    private final DataSource dataSource;

    DatabaseFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the failure comes from an unreachable database rather than from the request. */
    boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return !answers();
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
