package org.warnews.web;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request timings are tagged by route template ({@code uri="/claims/{slug}"}), never by raw path, so hostile URLs
 * cannot multiply the series. The templates' own patterns ({@code {slug:[a-z0-9][a-z0-9-]{0,119}}}) say nothing
 * to a dashboard and are left out.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

	/** A template variable with its pattern, which may itself hold one level of braces ({@code {0,119}}). */
	private static final Pattern VARIABLE_PATTERN = Pattern.compile("\\{([^{}:]+):(?:[^{}]|\\{[^{}]*})*}");

	@Bean
	MeterFilter routeTemplatesWithoutPatterns() {
		return MeterFilter.replaceTagValues("uri", MetricsConfiguration::withoutPatterns);
	}

	static String withoutPatterns(String template) {
		return template.indexOf(':') < 0 ? template : VARIABLE_PATTERN.matcher(template).replaceAll("{$1}");
	}

}
