package fr.cpts.web.errors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When PostgreSQL cannot be reached, pages answer 503 with a French page asking to retry, never a stack trace.
 * Nothing was written: the transaction could not start, or was rolled back. The connection pool reconnects by
 * itself once the database is back.
 */
@ControllerAdvice(annotations = Controller.class)
class DatabaseUnavailable {

    private final DatabaseFailures failures;

    DatabaseUnavailable(DatabaseFailures failures) {
        this.failures = failures;
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView unavailable(Exception failure) throws Exception {
        if (!failures.isUnreachable(failure)) {
            throw failure;
        }
        log.warn("Base de données injoignable : {}", failure.getMessage());
        return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }
}
