package org.warnews.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Liveness and readiness for the platform; nothing else of actuator on the public port. */
@WarNewsTest
class HealthTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void probesAnswerUpWithoutDetailsAndAreNeverCached(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(this.port, path);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
		assertThat(response.header("Cache-Control")).hasValue("no-store");
		assertThat(response.header("ETag")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/info",
			"/actuator/configprops", "/actuator/mappings", "/actuator/heapdump", "/actuator/threaddump",
			"/actuator/loggers", "/actuator/health/db", "/actuator/health/diskSpace", "/actuator/shutdown" })
	void nothingElseOfActuatorIsExposed(String path) throws Exception {
		assertThat(RawHttp.get(this.port, path).status()).as(path).isEqualTo(404);
	}

	@Test
	void readinessIncludesTheDatabase() throws Exception {
		// Shown by DatabaseOutageTest: readiness goes DOWN while the database is stopped, liveness stays UP.
		assertThat(RawHttp.get(this.port, "/actuator/health/readiness").status()).isEqualTo(200);
	}

}
