package org.warnews.web.meta;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import org.warnews.web.paging.Pager;

/**
 * Gives every successfully rendered page its canonical URL ({@code canonicalUrl} in the model), read by the head
 * fragment for {@code <link rel="canonical">} and {@code og:url}: the page's own absolute URL without the query
 * string, or for a list's page past the first, with its {@code ?page=N}. Old claim slugs never get here (they
 * answer 301), so a claim's canonical URL is its current slug. A controller may set {@code canonicalUrl} itself;
 * error pages get none.
 */
class CanonicalUrlInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "canonicalUrl";

	private final SiteOrigin origin;

	CanonicalUrlInterceptor(SiteOrigin origin) {
		this.origin = origin;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK
				|| modelAndView.getModel().containsKey(ATTRIBUTE) || isRedirect(modelAndView)) {
			return;
		}
		// A list's later pages are pages of their own: their canonical URL keeps ?page=N.
		Object pager = modelAndView.getModel().get("pager");
		SiteUrls urls = this.origin.urls(request);
		modelAndView.addObject(ATTRIBUTE, (pager instanceof Pager paged && paged.number() > 1)
				? urls.of(paged.href(paged.number())) : urls.of(request.getRequestURI()));
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() != null;
	}

}
