package org.warnews.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.util.UriComponentsBuilder;

import org.warnews.web.paging.Pager;

/**
 * The page of an API list that a request asks for, already checked by {@link ApiPaging}: a list's handler takes it
 * as a parameter, so that {@code page} and {@code size} are declared, described and checked in one place.
 */
@ParameterObject
record ApiPage(
		@Parameter(description = "Page number, from 1",
				schema = @Schema(minimum = "1", defaultValue = "1")) int page,
		@Parameter(description = "Entries per page", schema = @Schema(minimum = "1", maximum = "200",
				defaultValue = "50")) int size) {

	PageRequest request() {
		return PageRequest.of(this.page - 1, this.size);
	}

	/** The pager of the page found; {@code list} is the list's address with its filters. */
	Pager pager(Page<?> found, UriComponentsBuilder list) {
		return Pager.of(found, page -> list.cloneBuilder()
			.queryParam("page", page)
			.queryParam("size", this.size)
			.build()
			.toUriString());
	}

}
