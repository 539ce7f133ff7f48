package org.warnews.web;

/** Thrown before a handler runs while the database is known to be down, so the request fails fast with 503. */
class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException() {
		super("The database is unavailable", null, false, false);
	}

}
