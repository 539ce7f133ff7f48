package org.warnews.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET route the app maps, found at run time (so routes added later are covered without editing the tests),
 * with real addresses for each taken from the database: {@code /claims/{slug}} gets the slugs of table
 * {@code claim}, and so on.
 */
final class SiteRoutes {

	private final JdbcTemplate jdbc;

	private final List<String> patterns;

	SiteRoutes(ApplicationContext context, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		TreeSet<String> found = new TreeSet<>();
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = route.getKey();
			boolean get = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
			// The error controller answers the container's error dispatches, not an address of the site.
			if (get && route.getValue().getBeanType().getPackageName().startsWith("org.warnews")
					&& route.getValue().getBeanType() != SiteErrorController.class
					&& info.getPathPatternsCondition() != null) {
				info.getPathPatternsCondition().getPatternValues().stream().filter(path -> !path.contains("*"))
					.forEach(found::add);
			}
		}
		for (AbstractUrlHandlerMapping urls : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
			urls.getHandlerMap().keySet().stream().filter(path -> !path.contains("*")).forEach(found::add);
		}
		this.patterns = List.copyOf(found);
	}

	List<String> patterns() {
		return this.patterns;
	}

	/** Up to {@code max} addresses of a route that exist; none when a variable's values cannot be looked up. */
	List<String> examples(String pattern, int max) {
		int start = pattern.indexOf('{');
		if (start < 0) {
			// A search needs something to look for to be a page at all, and oEmbed the address of a claim page.
			if (pattern.equals("/oembed")) {
				return this.jdbc.queryForList("SELECT '/oembed?url=http://localhost/claims/' || slug FROM claim ORDER BY id "
						+ "LIMIT " + max, String.class);
			}
			return List.of(pattern.endsWith("/search") ? pattern + "?q=drones" : pattern);
		}
		int end = closingBrace(pattern, start);
		String name = pattern.substring(start + 1, end).split(":", 2)[0];
		String[] segments = pattern.substring(0, start).split("/");
		String collection = segments.length > 0 ? segments[segments.length - 1] : "";
		String column = name.equals("id") ? "id" : "slug";
		String table = table(collection, column);
		if (table == null) {
			return List.of();
		}
		List<String> values = this.jdbc.queryForList(
				"SELECT " + column + "::text FROM " + table + " ORDER BY id LIMIT " + max, String.class);
		List<String> examples = new ArrayList<>();
		for (String value : values) {
			String example = pattern.substring(0, start) + value + pattern.substring(end + 1);
			if (example.indexOf('{') < 0) {
				examples.add(example);
			}
		}
		return examples;
	}

	/** Where a path variable ends: its regex may hold braces of its own ({@code {0,119}}). */
	static int closingBrace(String pattern, int open) {
		int depth = 0;
		for (int i = open; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '{') {
				depth++;
			}
			else if (pattern.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unbalanced braces in " + pattern);
	}

	/** A route pattern with its variables' regexes left out, for reports. */
	static String simple(String pattern) {
		StringBuilder simple = new StringBuilder();
		int at = 0;
		for (int open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', at)) {
			int close = closingBrace(pattern, open);
			simple.append(pattern, at, open).append('{').append(pattern.substring(open + 1, close).split(":", 2)[0]).append('}');
			at = close + 1;
		}
		return simple.append(pattern.substring(at)).toString();
	}

	private String table(String collection, String column) {
		for (String candidate : List.of(collection.replaceAll("s$", ""), collection)) {
			Integer columns = this.jdbc.queryForObject("SELECT count(*) FROM information_schema.columns "
					+ "WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?", Integer.class,
					candidate, column);
			if (columns != null && columns > 0) {
				return candidate;
			}
		}
		return null;
	}

}
