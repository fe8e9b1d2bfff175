package org.parallax.access.internal;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every controller take the current {@link org.parallax.access.Visitor} as a parameter. */
@Configuration(proxyBeanMethods = false)
class VisitorConfiguration implements WebMvcConfigurer {

    private final VisitorResolver resolver;

    VisitorConfiguration(VisitorResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(resolver);
    }
}
