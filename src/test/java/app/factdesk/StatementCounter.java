package app.factdesk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application prepares on the current thread, JPA and JDBC alike: the application's
 * connection pool opens connections that count every {@code prepareStatement}, {@code createStatement} and
 * {@code prepareCall}. Screens are tested to run as many statements for 1 row as for 50 (ADR 023).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    /** The SQL text of the statements prepared on this thread while {@link #sql} records. */
    private static final ThreadLocal<java.util.List<String>> RECORDING = new ThreadLocal<>();

    /** The SQL text of every statement {@code work} prepared on this thread. */
    public static java.util.List<String> sql(Runnable work) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        RECORDING.set(seen);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return seen;
    }

    /** How many statements {@code work} prepared on this thread. */
    public static long count(Runnable work) {
        long before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && "dataSource".equals(beanName)) {
            // The pool stays the bean (others derive their own data sources from its URL); only the physical
            // connections it opens, before the pool starts, come from a counting driver data source.
            PGSimpleDataSource driver = new PGSimpleDataSource();
            driver.setURL(pool.getJdbcUrl());
            driver.setUser(pool.getUsername());
            driver.setPassword(pool.getPassword());
            pool.setDataSource(new Counting(driver));
        }
        return bean;
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "equals":
                                return proxy == args[0];
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            case "prepareStatement", "createStatement", "prepareCall":
                                COUNT.get()[0]++;
                                if (RECORDING.get() != null && args != null && args.length > 0
                                        && args[0] instanceof String text) {
                                    RECORDING.get().add(text);
                                }
                                break;
                            default:
                                break;
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
