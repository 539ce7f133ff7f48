package org.warnews.api;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.web.HttpProperties;
import org.warnews.web.paging.Pager;

/**
 * Paging of the API's lists: {@code page} from 1 to the site's configured limit ({@code warnews.http.max-page}),
 * {@code size} from 1 to {@link #MAX_SIZE}, anything else a 400 problem. Past the last page a list is empty, and
 * its {@code previous} leads back to the last page.
 */
@Component
class ApiPaging {

	static final int MAX_SIZE = 200;

	private final int maxPage;

	ApiPaging(HttpProperties properties) {
		this.maxPage = properties.maxPage();
	}

	int maxPage() {
		return this.maxPage;
	}

	PageRequest request(int page, int size) {
		if (page < 1 || page > this.maxPage) {
			throw new BadParameterException("Parameter 'page' must be between 1 and " + this.maxPage);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadParameterException("Parameter 'size' must be between 1 and " + MAX_SIZE);
		}
		return PageRequest.of(page - 1, size);
	}

	/** The pager of a list's page; {@code list} is the list's address with its filters. */
	static Pager pager(Page<?> found, UriComponentsBuilder list) {
		return Pager.of(found, page -> list.cloneBuilder()
			.queryParam("page", page)
			.queryParam("size", found.getSize())
			.build()
			.toUriString());
	}

}
