package app.factdesk.api;

import app.factdesk.shared.ApiError;
import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A call that found the database unreachable (no connection within the pool's few seconds, or the connection lost)
 * answers 503 {@code api.unavailable} with {@code Retry-After}, ahead of the generic 500 of {@link ApiErrorHandler}.
 */
@RestControllerAdvice(basePackageClasses = DatabaseUnavailableAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            SQLTransientConnectionException.class, org.hibernate.exception.JDBCConnectionException.class})
    ResponseEntity<ApiError> unavailable() {
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5").body(ApiError.of(503, "api.unavailable"));
    }
}
