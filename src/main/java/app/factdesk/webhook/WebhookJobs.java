package app.factdesk.webhook;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The webhook jobs on db-scheduler (ADR 025, 028): one job per queue (endpoint and claim), run again after
 * {@code retry-first-delay}, doubling, while its oldest delivery fails; and a sweep every minute that gives a job to
 * any queue left waiting without one.
 */
@Configuration
class WebhookJobs {

    private final WebhookOutbox outbox;

    WebhookJobs(@Lazy WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    @Bean
    OneTimeTask<WebhookOutbox.Drain> webhookDelivery(
            @Value("${factdesk.webhooks.retry-first-delay:30s}") Duration firstRetry) {
        return Tasks.oneTime("webhook-delivery", WebhookOutbox.Drain.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetry, 2.0))
                .execute((instance, context) -> outbox.drain(instance.getData()));
    }

    @Bean
    RecurringTask<Void> webhookSweep() {
        return Tasks.recurring("webhook-sweep", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> outbox.sweep());
    }
}
