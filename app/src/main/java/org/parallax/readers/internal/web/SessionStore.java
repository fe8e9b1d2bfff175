package org.parallax.readers.internal.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@link QuietSessions} in front of the session store Spring Boot configures, and gives the
 * store {@link SessionTransactions}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore implements BeanPostProcessor {

    /** The name Spring Session looks for; not a candidate elsewhere, so the application's own TransactionTemplate stays. */
    @Bean(defaultCandidate = false)
    @Qualifier("springSessionTransactionOperations")
    static TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
        return new SessionTransactions(new TransactionTemplate(transactions));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository sessions ? new QuietSessions(sessions) : bean;
    }
}
