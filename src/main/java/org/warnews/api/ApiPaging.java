package org.warnews.api;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging of the API's lists: {@code page} from 1, {@code size} from 1 to {@link #MAX_SIZE}, anything else a 400
 * problem. Past the last page a list is empty, and its {@code previous} leads back to the last page.
 */
final class ApiPaging {

	static final int MAX_PAGE = 1_000_000;

	static final int MAX_SIZE = 200;

	private ApiPaging() {
	}

	static PageRequest request(int page, int size) {
		if (page < 1 || page > MAX_PAGE) {
			throw new BadParameterException("Parameter 'page' must be between 1 and " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadParameterException("Parameter 'size' must be between 1 and " + MAX_SIZE);
		}
		return PageRequest.of(page - 1, size);
	}

	/** The address of the next page, if there is one; {@code list} is the list's address with its filters. */
	static String next(Page<?> found, UriComponentsBuilder list) {
		return found.hasNext() ? link(list, found.getNumber() + 2, found.getSize()) : null;
	}

	/** The address of the previous page, if there is one. */
	static String previous(Page<?> found, UriComponentsBuilder list) {
		int page = found.getNumber() + 1;
		return (page > 1 && found.getTotalPages() > 0)
				? link(list, Math.min(page - 1, found.getTotalPages()), found.getSize()) : null;
	}

	private static String link(UriComponentsBuilder list, int page, int size) {
		return list.cloneBuilder().queryParam("page", page).queryParam("size", size).build().toUriString();
	}

}
