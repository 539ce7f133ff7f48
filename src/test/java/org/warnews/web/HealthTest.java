package org.warnews.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liveness and readiness on the public port for load balancers ({@code /livez}, {@code /readyz}); actuator itself
 * (health and metrics) only on the management port.
 */
@WarNewsTest
class HealthTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void theManagementPortIsNotThePublicOne() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livez", "/readyz" })
	void probesAnswerUpWithoutDetailsAndAreNeverCached(String path) throws Exception {
		for (String[] headers : new String[][] { {}, { "Accept: */*", "Accept-Encoding: gzip" }, { "Accept: application/json" } }) {
			RawHttp.Response response = RawHttp.get(this.port, path, headers);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.text()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
			assertThat(response.header("Cache-Control")).hasValue("no-store");
			assertThat(response.header("ETag")).isEmpty();
			assertThat(response.header("Last-Modified")).isEmpty();
		}
		// Nothing to revalidate: a validator from anywhere never turns a probe into a 304.
		assertThat(RawHttp.get(this.port, path, "If-Modified-Since: Thu, 01 Jan 2099 00:00:00 GMT", "If-None-Match: *")
			.status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livez", "/readyz" })
	void probesAnswerWhateverTheClientAccepts(String path) throws Exception {
		for (String accept : new String[] { "text/html", "image/png", "text/plain;q=0.5", "garbage" }) {
			RawHttp.Response response = RawHttp.get(this.port, path, "Accept: " + accept);
			assertThat(response.status()).as("%s, Accept: %s", path, accept).isEqualTo(200);
			assertThat(response.text()).contains("\"status\":\"UP\"");
			assertThat(response.header("Cache-Control")).hasValue("no-store");
			assertThat(response.header("Accept")).as("no list of the framework's media types").isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/prometheus", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/info",
			"/actuator/configprops", "/actuator/mappings", "/actuator/heapdump", "/actuator/threaddump",
			"/actuator/loggers", "/actuator/health/db", "/actuator/shutdown", "/livez/db", "/readyz/db" })
	void nothingOfActuatorIsOnThePublicPort(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, path, "Accept: text/html");
		assertThat(response.status()).as(path).isEqualTo(404);
		assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.text()).as("the site's own 404 page").contains("War News Reference").doesNotContain("status\":");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/prometheus" })
	void actuatorIsOnTheManagementPort(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.managementPort, path);
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(response.header("ETag")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/shutdown", "/livez" })
	void theManagementPortExposesNothingElse(String path) throws Exception {
		assertThat(RawHttp.get(this.managementPort, path).status()).as(path).isEqualTo(404);
	}

}
