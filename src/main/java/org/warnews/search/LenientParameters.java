package org.warnews.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import org.warnews.web.FilterOrder;

/**
 * Reads the parameters of a search address leniently when the servlet container cannot. The container refuses a
 * query string whose percent-encoding is broken or is not UTF-8 ({@code ?q=%FF}, {@code ?q=50%}) with an error; a
 * reader who pasted such an address should instead get the search, with the unreadable characters replaced by
 * U+FFFD, which {@link CleanQuery} removes and reports.
 */
class LenientParameters extends OncePerRequestFilter {

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<LenientParameters> lenientSearchParameters() {
			FilterRegistrationBean<LenientParameters> registration = new FilterRegistrationBean<>(new LenientParameters());
			registration.addUrlPatterns("/search", "/api/v1/search");
			registration.setOrder(FilterOrder.LENIENT_PARAMETERS);
			return registration;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
			chain.doFilter(request, response);
			return;
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: read the parameters again, leniently.
		}
		Map<String, String[]> parameters = parse(request.getQueryString());
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getParameter(String name) {
				String[] values = parameters.get(name);
				return (values != null) ? values[0] : null;
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return parameters;
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(parameters.keySet());
			}

			@Override
			public String[] getParameterValues(String name) {
				String[] values = parameters.get(name);
				return (values != null) ? values.clone() : null;
			}

		}, response);
	}

	static Map<String, String[]> parse(String queryString) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (queryString != null) {
			for (String pair : queryString.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		return Collections.unmodifiableMap(parameters);
	}

	/** Percent-decodes as UTF-8; a '%' without two hex digits stays as it is, bytes that are not UTF-8 become U+FFFD. */
	static String decode(String encoded) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
				bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(utf8, 0, utf8.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException("A replacing decoder does not fail", ex);
		}
	}

	/** The value of an ASCII hex digit, or -1 (Character.digit would also accept other scripts' digits). */
	private static int hex(char c) {
		return (c < 128) ? Character.digit(c, 16) : -1;
	}

}
