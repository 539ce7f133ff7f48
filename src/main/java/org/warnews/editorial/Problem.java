package org.warnews.editorial;

/**
 * One thing wrong in an editorial file, where it is and how to fix it; printed as {@code file:line: message}, the
 * form editors and their editors' problem lists read.
 */
public record Problem(String file, int line, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.message;
	}

}
