package app.factdesk.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Which database constraint a write broke, so that a service maps only its own known constraint to a message
 * (a duplicate URL only for {@code source_url_unique}) and lets anything else surface as unexpected.
 */
public final class Constraints {

    private Constraints() {
    }

    /** Whether {@code failure} is a violation of the constraint (or unique index) called {@code name}. */
    public static boolean violated(DataIntegrityViolationException failure, String name) {
        return nameOf(failure).filter(name::equals).isPresent();
    }

    /** The name of the broken constraint, when the driver reported one. */
    public static Optional<String> nameOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException hibernate
                    && hibernate.getConstraintName() != null) {
                return Optional.of(hibernate.getConstraintName());
            }
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return Optional.of(psql.getServerErrorMessage().getConstraint());
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != cause) {
                Optional<String> next = nameOf(sql.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }
}
