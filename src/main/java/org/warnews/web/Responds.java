package org.warnews.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What kind of response a route gives, declared once on its controller class (for all its routes) or on one
 * handler method (which then wins over its class). The HTTP layer reads it from the handler
 * ({@link DeclaredResponseInterceptor}): caching, validators, framing and input bounds follow from it, never from
 * the URL. A handler without it is {@link ResponseKind#UNCACHED}, and {@code ArchitectureTest} requires it on every
 * controller of the app.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Responds {

	ResponseKind value();

	/**
	 * The response gives the day it was made (a citation's access date), so its entity tag, and what the page cache
	 * keeps under it, last one day (UTC).
	 */
	boolean daily() default false;

	/** Made to be shown in other sites' frames (a claim's card): any site may frame it. */
	boolean embeddable() default false;

	/**
	 * The handler reads its parameters leniently itself (it cuts a long query, drops control characters, clamps the
	 * page, with a notice to the reader), so the site's input bounds ({@link InputLimitsInterceptor}) do not refuse
	 * them.
	 */
	boolean lenientParameters() default false;

}
