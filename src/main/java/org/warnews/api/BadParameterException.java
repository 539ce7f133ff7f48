package org.warnews.api;

/** A query parameter the API cannot use; answered 400 with a message that says which and why. */
class BadParameterException extends RuntimeException {

	BadParameterException(String message) {
		super(message);
	}

}
