package app.factdesk.api;

import app.factdesk.article.DuplicateArticleException;
import app.factdesk.claim.StaleClaimException;
import app.factdesk.shared.ApiError;
import app.factdesk.shared.ApiError.FieldProblem;
import app.factdesk.shared.DatabaseUnavailable;
import app.factdesk.shared.EnglishMessages;
import app.factdesk.shared.InvalidInputException;
import app.factdesk.shared.RequestLimits;
import app.factdesk.shared.UserFacingException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure of an API call as a JSON {@link ApiError}, never a stack trace or an HTML page: the shape of the
 * request (400), the role (403), the id (404), a conflict (409), a rule of the service (422), an unreachable database
 * (503 {@code api.unavailable}), anything else (500, with a reference that is logged beside the trace).
 */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final RequestLimits limits;

    ApiErrorHandler(RequestLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Object> refused(UserFacingException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            String key = invalid.messageKey().equals("text.invalid") ? "api.text-invalid" : "api.invalid-input";
            String field = invalid.field();
            return answer(ApiError.of(400, key, field).withFields(List.of(new FieldProblem(field,
                    invalid.messageKey(), ApiError.of(400, invalid.messageKey(), invalid.arguments()).message()))));
        }
        if (refusal instanceof DuplicateArticleException duplicate) {
            return answer(ApiError.of(409, duplicate.messageKey(), duplicate.arguments())
                    .withExistingId(duplicate.existingId()));
        }
        int status = refusal instanceof StaleClaimException ? 409
                : refusal.messageKey().endsWith(".not-found") ? 404 : 422;
        return answer(ApiError.of(status, refusal.messageKey(), refusal.arguments()));
    }

    @ExceptionHandler(RequestLimits.BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(RequestLimits.BodyTooLargeException e) {
        return tooLarge(e.limit());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound() {
        return answer(ApiError.of(404, "api.not-found"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied() {
        return answer(ApiError.of(403, "api.forbidden"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> conflict() {
        return answer(ApiError.of(409, "api.conflict"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalid(ConstraintViolationException e) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> problem(v.getPropertyPath().toString(), v.getMessage())).toList();
        return answer(ApiError.of(400, "api.invalid-input").withFields(fields));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.isCause(e)) {
            return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(ApiError.of(503, "api.unavailable"));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error in the REST API (reference {})", reference, e);
        return answer(ApiError.of(500, "api.unexpected", reference));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> problem(f.getField(), f.getDefaultMessage())).toList();
        return answer(ApiError.of(400, "api.invalid-input").withFields(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> problem(
                        error instanceof FieldError f ? f.getField() : result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage())))
                .toList();
        return answer(ApiError.of(400, "api.invalid-input").withFields(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestLimits.BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge.limit());
            }
        }
        return answer(ApiError.of(400, "api.malformed-json"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return tooLarge(limits.maxMultipartBytes());
    }

    private ResponseEntity<Object> tooLarge(long limit) {
        return answer(ApiError.of(413, "api.too-large", RequestLimits.megabytes(limit)));
    }

    /** The remaining standard Spring MVC failures (405, 415, type mismatches...) keep their status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String key = switch (status.value()) {
            case 400 -> "api.invalid-input";
            case 404 -> "api.not-found";
            case 405 -> "api.method-not-allowed";
            case 406 -> "api.not-acceptable";
            case 413 -> "api.too-large";
            case 415 -> "api.unsupported-media-type";
            default -> "api.error." + status.value();
        };
        if (status.is5xxServerError()) {
            return unexpected(e);
        }
        return ResponseEntity.status(status).headers(headers).body(ApiError.of(status.value(), key));
    }

    private static ResponseEntity<Object> answer(ApiError error) {
        return ResponseEntity.status(error.status()).body(error);
    }

    /** A constraint of the API's requests names its key; a service's own constraint gives its validator text. */
    private static FieldProblem problem(String field, String message) {
        String text = message == null ? "" : message;
        return EnglishMessages.text(text).map(english -> new FieldProblem(field, text, english))
                .orElseGet(() -> new FieldProblem(field, "api.invalid-input", text));
    }
}
