package app.factdesk.api;

import app.factdesk.audit.AuditEvent;
import app.factdesk.audit.AuditFilter;
import app.factdesk.audit.AuditService;
import app.factdesk.shared.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit", description = "The workspace's append-only, hash-chained audit log and its verification.")
class AuditController {

    static final int MAX_LIMIT = 500;

    private final AuditService audit;

    AuditController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/audit-events")
    @Operation(summary = "Audit events in chain order with filters and cursor paging (editor and up); pass `next` "
            + "back as `after`")
    AuditEventPage events(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "api.audit.limit-invalid")
            @Max(value = MAX_LIMIT, message = "api.audit.limit-invalid") int limit) {
        long afterSeq = AuditCursor.seqOf(after);
        AuditFilter filter = new AuditFilter(actor, action, objectType, objectId, from, to);
        List<AuditEvent> page = audit.pageAfter(filter, afterSeq, limit);
        // A full page may be followed by more; a short one reached the end of the chain as it stood.
        String next = page.size() == limit ? AuditCursor.after(page.get(page.size() - 1).seq()) : null;
        return new AuditEventPage(page.stream().map(AuditEventJson::of).toList(), next);
    }

    @GetMapping("/audit-chain")
    @Operation(summary = "Verify the workspace's hash chain: OK with count and head hash, or the first bad event "
            + "(editor and up)")
    ChainJson chain() {
        return ChainJson.of(audit.verifyChain());
    }

    @ExceptionHandler(AuditCursor.InvalidCursorException.class)
    ResponseEntity<ApiError> invalidCursor() {
        return ResponseEntity.badRequest().body(ApiError.of(400, "api.audit.cursor-invalid"));
    }
}
