package org.warnews.web;

import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers (X-Forwarded-Host, -Proto) are believed from the loopback only unless configured otherwise:
 * Spring Boot's default also trusts every private network, from which any client could name another host.
 */
class ForwardedHeadersTrustTest {

	private static Pattern trusted() throws Exception {
		Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String proxies = properties.getProperty("server.tomcat.remoteip.internal-proxies");
		assertThat(proxies).as("server.tomcat.remoteip.internal-proxies").isNotBlank();
		return Pattern.compile(proxies); // matched whole, as Tomcat's RemoteIpValve does
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1", "::1" })
	void theLoopbackIsTrusted(String address) throws Exception {
		assertThat(trusted().matcher(address).matches()).as(address).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.1", "192.168.1.10", "172.17.0.1", "169.254.1.1", "100.64.0.1", "fd00::1",
			"203.0.113.7", "127.0.0.1.evil" })
	void nothingElseIsTrustedByDefault(String address) throws Exception {
		assertThat(trusted().matcher(address).matches()).as(address).isFalse();
	}

}
