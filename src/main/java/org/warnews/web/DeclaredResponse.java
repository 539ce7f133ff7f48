package org.warnews.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * What the handler of a request declared about its response ({@link Responds}), recorded on the request by
 * {@link DeclaredResponseInterceptor} before the handler runs, for the filters to read once it has.
 *
 * @param kind the kind of response, which gives its caching rules
 * @param daily whether its entity tag lasts one day
 * @param embeddable whether other sites may frame it
 * @param lenientParameters whether its handler reads its parameters leniently itself
 */
record DeclaredResponse(ResponseKind kind, boolean daily, boolean embeddable, boolean lenientParameters) {

	private static final String ATTRIBUTE = DeclaredResponse.class.getName();

	/** A request no handler declared anything for: stored nowhere. */
	static final DeclaredResponse UNDECLARED = of(ResponseKind.UNCACHED);

	private static final DeclaredResponse ASSET = of(ResponseKind.ASSET);

	/** A view controller renders a template with no input but its address: a page. */
	private static final DeclaredResponse VIEW = of(ResponseKind.PAGE);

	static DeclaredResponse of(ResponseKind kind) {
		return new DeclaredResponse(kind, false, false, false);
	}

	/**
	 * The declaration of a handler: its method's {@link Responds}, else its class's; for a library's controller,
	 * which cannot carry one, the kind the app gives it ({@link LibraryHandler}); a static file is an asset.
	 */
	static DeclaredResponse of(Object handler, List<LibraryHandler> libraryHandlers) {
		if (handler instanceof HandlerMethod method) {
			Responds responds = method.getMethodAnnotation(Responds.class);
			if (responds == null) {
				responds = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Responds.class);
			}
			if (responds != null) {
				return new DeclaredResponse(responds.value(), responds.daily(), responds.embeddable(),
						responds.lenientParameters());
			}
			for (LibraryHandler library : libraryHandlers) {
				if (library.type().isAssignableFrom(method.getBeanType())) {
					return of(library.kind());
				}
			}
			return UNDECLARED;
		}
		if (handler instanceof ResourceHttpRequestHandler) {
			return ASSET;
		}
		return handler instanceof ParameterizableViewController ? VIEW : UNDECLARED;
	}

	/** What was recorded for this request; {@link #UNDECLARED} when no handler was reached. */
	static DeclaredResponse of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof DeclaredResponse declared ? declared : UNDECLARED;
	}

	void record(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

}
