package org.warnews.web.meta;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.warnews.web.FilterOrder;
import org.warnews.web.RequestArgument;

@Configuration(proxyBeanMethods = false)
class MetaConfiguration implements WebMvcConfigurer {

	private final SiteOrigin origin;

	MetaConfiguration(SiteOrigin origin) {
		this.origin = origin;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new RequestArgument<>(SiteUrls.class, this.origin::urls));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// Every route: only a rendered 200 view gets a canonical link, whatever its address (not JSON, not an error).
		registry.addInterceptor(new CanonicalUrlInterceptor(this.origin)).order(FilterOrder.CANONICAL_URL);
	}

}
