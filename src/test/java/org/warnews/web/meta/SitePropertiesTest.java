package org.warnews.web.meta;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The public base URL is a scheme and a host (and a port), so that every link is that and a path. */
class SitePropertiesTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://warnews.example", "http://localhost:8080", "https://[2001:db8::1]:8443" })
	void anOriginIsABaseUrl(String url) {
		assertThat(new SiteProperties(URI.create(url)).baseUrl()).hasToString(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://warnews.example/", "https://warnews.example/news", "warnews.example", "/news",
			"ftp://warnews.example", "https://warnews.example?x=1", "https://user@warnews.example",
			"https://warnews.example#top" })
	void anythingElseIsRefusedAtStartup(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> new SiteProperties(URI.create(url)))
			.withMessageContaining("warnews.site.base-url");
	}

}
