package org.warnews.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * A handler parameter made from the request, such as the site's links for the request's host: a handler names it
 * and gets it, instead of reading the request or a static.
 *
 * @param type the parameter's type
 * @param from how to make it from the request
 */
public record RequestArgument<T>(Class<T> type, Function<HttpServletRequest, T> from)
		implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == this.type;
	}

	@Override
	public T resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return this.from.apply(request.getNativeRequest(HttpServletRequest.class));
	}

}
