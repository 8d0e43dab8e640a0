package app.factdesk.attest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily checkpoint run as a recurring job of the one background-job mechanism (ADR 025): db-scheduler keeps it
 * in PostgreSQL, so with several servers exactly one of them runs it each day, and a server that was down catches
 * up when it starts.
 */
@Configuration
class CheckpointSchedule {

    @Bean
    RecurringTask<Void> dailyCheckpoints(CheckpointService checkpoints,
            @Value("${factdesk.checkpoints.daily-at:03:00}") LocalTime at) {
        return Tasks.recurring("audit-checkpoints", Schedules.daily(ZoneOffset.UTC, at))
                .execute((instance, context) -> checkpoints.signWhereChanged());
    }
}
