package org.warnews.database;

/** Why the embedded database could not start, and what the reader of the log can do about it. */
class EmbeddedDatabaseException extends IllegalStateException {

	private final String action;

	EmbeddedDatabaseException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	String action() {
		return this.action;
	}

}
