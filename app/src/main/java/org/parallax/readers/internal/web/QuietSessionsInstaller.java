package org.parallax.readers.internal.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/** Puts {@link QuietSessions} in front of the session store Spring Boot configures. */
@Component
class QuietSessionsInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof JdbcIndexedSessionRepository sessions ? new QuietSessions(sessions) : bean;
    }
}
