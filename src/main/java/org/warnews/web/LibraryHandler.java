package org.warnews.web;

/**
 * The kind of response of a controller that a library brings (springdoc's API description), which cannot be
 * annotated with {@link Responds}: declared as a bean where the library is configured.
 *
 * @param type the controller's class, or a class it extends
 * @param kind the kind of its responses
 */
public record LibraryHandler(Class<?> type, ResponseKind kind) {
}
