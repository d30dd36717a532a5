package org.hearth.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GOV.UK Design System from its WebJar on the class path, so a user's browser needs nothing from
 * anywhere else: the CSS and JavaScript at {@code /govuk/}, and the fonts and images at {@code /assets/}, where the
 * compiled CSS looks for them. The WebJar's version is read from the jar itself, so the pom names it once.
 */
@Configuration(proxyBeanMethods = false)
class GovukFrontendAssets implements WebMvcConfigurer {
    private static final String POM = "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/" + version() + "/dist/govuk/";
        registry.addResourceHandler("/govuk/**").addResourceLocations(dist);
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/");
    }

    private static String version() {
        try (InputStream in = GovukFrontendAssets.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the govuk-frontend WebJar is not on the class path");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
