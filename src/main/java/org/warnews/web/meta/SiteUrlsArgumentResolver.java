package org.warnews.web.meta;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a handler the site's URLs ({@link SiteOrigin}), as a parameter of type {@link SiteUrls}. */
final class SiteUrlsArgumentResolver implements HandlerMethodArgumentResolver {

	private final SiteOrigin origin;

	SiteUrlsArgumentResolver(SiteOrigin origin) {
		this.origin = origin;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == SiteUrls.class;
	}

	@Override
	public SiteUrls resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.origin.urls(webRequest.getNativeRequest(HttpServletRequest.class));
	}

}
