package app.factdesk.discussion;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The e-mail jobs on the one background-job mechanism (ADR 025, 029): one job per immediate e-mail, one per person's
 * digest, both retried with exponential backoff when the SMTP server fails and given up (logged as an error) after
 * {@code factdesk.mail.max-attempts}; and the daily job that starts the digests.
 */
@Configuration
class MailJobs {

    private final MailOutbox outbox;
    private final Duration firstRetry;
    private final int maxAttempts;

    MailJobs(@Lazy MailOutbox outbox, @Value("${factdesk.mail.retry-first-delay:1m}") Duration firstRetry,
            @Value("${factdesk.mail.max-attempts:10}") int maxAttempts) {
        this.outbox = outbox;
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
    }

    @Bean
    OneTimeTask<MailOutbox.NotificationMail> notificationMail() {
        return Tasks.oneTime("notification-mail", MailOutbox.NotificationMail.class).onFailure(retries())
                .execute((instance, context) -> outbox.send(instance.getData()));
    }

    @Bean
    OneTimeTask<MailOutbox.Digest> digestMail() {
        return Tasks.oneTime("digest-mail", MailOutbox.Digest.class).onFailure(retries())
                .execute((instance, context) -> outbox.send(instance.getData()));
    }

    @Bean
    RecurringTask<Void> dailyDigests(@Value("${factdesk.mail.digest-at:07:00}") LocalTime at) {
        return Tasks.recurring("mail-digests", Schedules.daily(ZoneOffset.UTC, at))
                .execute((instance, context) -> outbox.scheduleDigests());
    }

    private <T> FailureHandler<T> retries() {
        // Attempt n failed: the next one waits firstRetry × 2^(n-1); after maxAttempts the job is dropped with an
        // error in the log naming it.
        return new FailureHandler.MaxRetriesFailureHandler<>(maxAttempts - 1,
                new FailureHandler.ExponentialBackoffFailureHandler<>(firstRetry, 2.0));
    }
}
