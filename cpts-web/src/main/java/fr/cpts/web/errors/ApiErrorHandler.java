package fr.cpts.web.errors;

import fr.cpts.domain.shared.DomainException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API's answer to bad input: HTTP 400 with an RFC 9457 problem-details body whose {@code errors}
 * name each field and say in French what is wrong. Never a stack trace, never a 500 for what a client sent.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

    private final MessageSource messages;
    private final DatabaseFailures failures;

    ApiErrorHandler(MessageSource messages, DatabaseFailures failures) {
        this.messages = messages;
        this.failures = failures;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput invalid) {
        return badRequest(invalid.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException invalid) {
        List<FieldProblem> problems = new ArrayList<>(invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList());
        invalid.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return badRequest(problems);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException invalid) {
        List<FieldProblem> problems = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            RequestParam parameter = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
            String name = parameter != null && !parameter.name().isEmpty()
                    ? parameter.name()
                    : result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> problems.add(new FieldProblem(
                            name, "Le paramètre « " + name + " » " + error.getDefaultMessage() + ".")));
        });
        return badRequest(problems);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException missing) {
        return badRequest(List.of(new FieldProblem(
                missing.getParameterName(), "Le paramètre « " + missing.getParameterName() + " » est obligatoire.")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException mismatch) {
        return badRequest(List.of(new FieldProblem(
                mismatch.getName(),
                "Valeur « " + mismatch.getValue() + " » invalide pour « " + mismatch.getName() + " » : "
                        + expected(mismatch.getRequiredType()) + ".")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException unreadable) {
        return badRequest(List.of(new FieldProblem(
                JsonPaths.of(unreadable),
                "Corps de requête illisible : JSON attendu, avec des valeurs du bon type "
                        + "(dates AAAA-MM-JJ, montants et nombres sans guillemets, codes en majuscules).")));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException refusal) {
        return badRequest(List.of(new FieldProblem(null, refusal.getMessage())));
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception failure) throws Exception {
        if (!failures.isUnreachable(failure)) {
            throw failure;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("error.503.text", null, Locale.FRANCE));
        problem.setTitle(messages.getMessage("error.503.title", null, Locale.FRANCE));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .body(problem);
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "valeur attendue d'un autre type";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date attendue au format AAAA-MM-JJ";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "nombre entier attendu";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "nombre attendu";
        }
        if (type.isEnum()) {
            return "valeurs possibles : "
                    + String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Object::toString)
                                    .toList());
        }
        return "valeur attendue d'un autre type";
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                String.join(" ", problems.stream().map(FieldProblem::message).toList()));
        problem.setTitle("Requête invalide");
        problem.setProperty("errors", problems);
        return ResponseEntity.badRequest().body(problem);
    }
}
