package app.factdesk.shared;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Puts {@link InputGuard} in front of every method of a Fact Desk {@code @Service} that people call, i.e. every
 * {@code @PreAuthorize}d one (listeners and internal helpers get data the application produced): after the
 * permission check (a stranger learns nothing about the input rules) and before the transaction opens.
 */
@Configuration(proxyBeanMethods = false)
class InputGuardConfig {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor inputGuardAdvisor() {
        StaticMethodMatcherPointcut services = new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(java.lang.reflect.Method method, Class<?> targetClass) {
                return targetClass.getName().startsWith("app.factdesk.")
                        && AnnotatedElementUtils.hasAnnotation(targetClass, Service.class)
                        && method.getParameterCount() > 0
                        && (AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                                || AnnotatedElementUtils.hasAnnotation(targetClass, PreAuthorize.class));
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(services, new InputGuard());
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }
}
