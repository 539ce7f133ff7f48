package org.warnews.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.warnews.web.HttpProperties;

/**
 * Paging of the API's lists: reads the {@link ApiPage} a list's handler takes, with {@code page} from 1 to the site's
 * configured limit ({@code warnews.http.max-page}) and {@code size} from 1 to {@link #MAX_SIZE}; anything else is a
 * 400 problem. Past the last page a list is empty, and its {@code previous} leads back to the last page.
 */
@Component
class ApiPaging {

	static final int MAX_SIZE = 200;

	private static final int DEFAULT_SIZE = 50;

	private final int maxPage;

	ApiPaging(HttpProperties properties) {
		this.maxPage = properties.maxPage();
	}

	int maxPage() {
		return this.maxPage;
	}

	ApiPage read(HttpServletRequest request) {
		return new ApiPage(number(request, "page", 1, this.maxPage), number(request, "size", DEFAULT_SIZE, MAX_SIZE));
	}

	/** A parameter's whole number from 1 to {@code max}; {@code absent} when it is not given or empty. */
	private static int number(HttpServletRequest request, String name, int absent, int max) {
		String value = request.getParameter(name);
		if (value == null || value.isEmpty()) {
			return absent;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= 1 && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// the same answer as a number out of range
		}
		throw new BadParameterException("Parameter '" + name + "' must be a whole number between 1 and " + max);
	}

}
