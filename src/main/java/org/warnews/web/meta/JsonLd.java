package org.warnews.web.meta;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes schema.org structured data for a {@code <script type="application/ld+json">} element. The data is
 * serialised by Jackson from maps and records, never concatenated, and then made safe to embed in HTML: {@code <},
 * {@code >} and {@code &} are written as JSON unicode escapes, so no string in the data can close the script
 * element ({@code </script>}) or open a comment; the JSON still parses to exactly the same values.
 */
@Component
public class JsonLd {

	private final JsonMapper mapper;

	JsonLd(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** The JSON text to put inside the script element as it is (unescaped by the template). */
	public String script(Object data) {
		return escapeForScript(this.mapper.writeValueAsString(data));
	}

	static String escapeForScript(String json) {
		StringBuilder safe = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> safe.append("\\u003c");
				case '>' -> safe.append("\\u003e");
				case '&' -> safe.append("\\u0026");
				// Line and paragraph separators are valid in JSON strings but not in older JavaScript parsers.
				case '\u2028' -> safe.append("\\u2028");
				case '\u2029' -> safe.append("\\u2029");
				default -> safe.append(c);
			}
		}
		return safe.toString();
	}

}
