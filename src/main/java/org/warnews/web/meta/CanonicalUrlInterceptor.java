package org.warnews.web.meta;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every successfully rendered page its canonical URL ({@code canonicalUrl} in the model), read by the head
 * fragment for {@code <link rel="canonical">} and {@code og:url}: the page's own absolute URL without the query
 * string. Old claim slugs never get here (they answer 301), so a claim's canonical URL is its current slug. A
 * controller may set {@code canonicalUrl} itself; error pages get none.
 */
class CanonicalUrlInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "canonicalUrl";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || response.getStatus() != HttpServletResponse.SC_OK
				|| modelAndView.getModel().containsKey(ATTRIBUTE) || isRedirect(modelAndView)) {
			return;
		}
		modelAndView.addObject(ATTRIBUTE,
				ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null).build().toUriString());
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String viewName = modelAndView.getViewName();
		return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() != null;
	}

}
