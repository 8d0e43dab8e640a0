package app.factdesk.shared.scope;

import org.springframework.boot.autoconfigure.orm.jpa.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaVendorAdapter;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/** Replaces Boot's Hibernate vendor adapter only to hand out the scoping dialect; the settings stay Boot's. */
@Configuration(proxyBeanMethods = false)
class ScopedJpaConfig {

    @Bean
    JpaVendorAdapter jpaVendorAdapter(JpaProperties properties) {
        HibernateJpaDialect dialect = new WorkspaceScopedJpaDialect();
        HibernateJpaVendorAdapter adapter = new HibernateJpaVendorAdapter() {
            @Override
            public HibernateJpaDialect getJpaDialect() {
                return dialect;
            }
        };
        adapter.setShowSql(properties.isShowSql());
        if (properties.getDatabase() != null) {
            adapter.setDatabase(properties.getDatabase());
        }
        if (properties.getDatabasePlatform() != null) {
            adapter.setDatabasePlatform(properties.getDatabasePlatform());
        }
        adapter.setGenerateDdl(properties.isGenerateDdl());
        return adapter;
    }
}
