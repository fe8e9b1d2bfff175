package org.parallax.site.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a controller's view name with the jte template of that name (templates are compiled
 * into the application at build time, so pages cost no template parsing at run time).
 */
@Configuration(proxyBeanMethods = false)
class JteViews {

    @Bean
    TemplateEngine templateEngine() {
        TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
        engine.setBinaryStaticContent(true);
        return engine;
    }

    @Bean
    ViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }

    private record JteViewResolver(TemplateEngine engine) implements ViewResolver, Ordered {

        @Override
        public View resolveViewName(String viewName, Locale locale) {
            if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
                return null;
            }
            String template = viewName + ".jte";
            return engine.hasTemplate(template) ? new JteView(engine, template) : null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }

    private record JteView(TemplateEngine engine, String template) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) model;
            engine.render(template, params, output);
            response.setContentType(getContentType());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
