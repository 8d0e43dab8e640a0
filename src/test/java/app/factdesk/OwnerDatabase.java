package app.factdesk;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import java.util.function.Consumer;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * The database as its owner sees it (the role Flyway migrates as), for tests that inspect or tamper with rows
 * directly, the way a DBA or an attacker with database access would. The application itself never connects so.
 */
@Component
public class OwnerDatabase {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    OwnerDatabase(@Value("${spring.datasource.url}") String url, @Value("${spring.flyway.user}") String user,
            @Value("${spring.flyway.password}") String password) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Runs {@code work} in one transaction of the owner's own connection (e.g. to hold a row lock). */
    public void inTransaction(Consumer<JdbcTemplate> work) {
        transactions.executeWithoutResult(status -> work.accept(jdbc));
    }

    /** Runs {@code work} in one owner transaction that is rolled back afterwards. */
    public void rolledBack(Consumer<JdbcTemplate> work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.accept(jdbc);
        });
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
