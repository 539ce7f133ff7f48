package org.warnews.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.warnews.Http;
import org.warnews.WarNewsTest;

import static org.assertj.core.api.Assertions.assertThat;

@WarNewsTest
class RequestIdTest {

	@LocalServerPort
	int port;

	@Test
	void everyResponseCarriesARequestId() throws Exception {
		HttpResponse<String> first = Http.get(this.port, "/topics", "text/html");
		HttpResponse<String> second = Http.get(this.port, "/no-such-page", "text/html");
		String firstId = first.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
		String secondId = second.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
		assertThat(firstId).matches("[0-9a-f-]{36}");
		assertThat(secondId).matches("[0-9a-f-]{36}").isNotEqualTo(firstId);
	}

}
