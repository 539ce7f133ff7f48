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
		assertThat(first.headers().firstValue(RequestIdFilter.HEADER)).hasValueMatching("[0-9a-f-]{36}");
		assertThat(second.headers().firstValue(RequestIdFilter.HEADER)).hasValueMatching("[0-9a-f-]{36}")
			.isNotEqualTo(first.headers().firstValue(RequestIdFilter.HEADER));
	}

}
