package org.warnews.web;

import java.time.Duration;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Tomcat's side of the rules: TRACE reaches the app's filters (which answer 405 like any other method that is not
 * GET, HEAD or OPTIONS, in the format of the address) instead of Tomcat's own refusal; a request's line and headers
 * must arrive within a deadline ({@link HeaderDeadlineProtocol}); and errors Tomcat answers before the app get the
 * site's plain error page ({@link ContainerErrorValve}) in place of Spring Boot's and Tomcat's report valves.
 */
final class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final SecurityHeaders securityHeaders;

	private final Duration headerReadTimeout;

	TomcatHardening(SecurityHeaders securityHeaders, Duration headerReadTimeout) {
		this.securityHeaders = securityHeaders;
		this.headerReadTimeout = headerReadTimeout;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.setProtocol(HeaderDeadlineProtocol.class.getName());
		factory.addConnectorCustomizers(connector -> {
			connector.setAllowTrace(true);
			Assert.state(connector.setProperty("headerReadTimeout", String.valueOf(this.headerReadTimeout.toMillis())),
					"The header read timeout cannot be set");
		});
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.setErrorReportValveClass(""); // or Tomcat adds its own report valve back when it starts
			host.getPipeline().addValve(new ContainerErrorValve(this.securityHeaders));
		});
	}

	/** After Spring Boot's own customizer, so its report valve is there to be replaced. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
