package org.warnews.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Answers 404 with the site's not-found page. */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, "No such " + what);
	}

}
