package app.factdesk.report;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The export jobs on db-scheduler (ADR 027): one job per export, tried again after {@code retry-first-delay},
 * doubling, when a run fails for a reason that may pass (the service counts attempts and gives up plainly); a job
 * whose server died is revived by another server (db-scheduler's dead-execution check); and the hourly job that
 * deletes exports finished more than 24 hours ago.
 */
@Configuration
class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    private final ExportJobService exports;

    ExportJobs(@Lazy ExportJobService exports) {
        this.exports = exports;
    }

    @Bean
    OneTimeTask<ExportJobService.Run> exportRun(
            @Value("${factdesk.exports.retry-first-delay:30s}") Duration firstRetry) {
        return Tasks.oneTime("export", ExportJobService.Run.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetry, 2.0))
                .execute((instance, context) -> {
                    try {
                        exports.run(instance.getData());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Bean
    RecurringTask<Void> exportExpiry() {
        return Tasks.recurring("export-expiry", Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> {
                    int deleted = exports.expire();
                    if (deleted > 0) {
                        log.info("Deleted {} exports finished more than 24 hours ago", deleted);
                    }
                });
    }
}
