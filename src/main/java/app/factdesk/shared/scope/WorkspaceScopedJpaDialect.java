package app.factdesk.shared.scope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.Session;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;

/**
 * Begins every JPA transaction (and so every JDBC access that joins one) with the scope of {@link DatabaseScope}:
 * the one place that sets it, so no service can forget to.
 */
class WorkspaceScopedJpaDialect extends HibernateJpaDialect {

    @Override
    public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
            throws PersistenceException, SQLException {
        Object transactionData = super.beginTransaction(entityManager, definition);
        entityManager.unwrap(Session.class).doWork(DatabaseScope::applyTo);
        return transactionData;
    }
}
