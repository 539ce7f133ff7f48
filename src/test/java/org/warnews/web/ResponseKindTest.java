package org.warnews.web;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.ParameterizableViewController;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each route declares its kind of response on its handler ({@link Responds}), whatever its address: the interceptor
 * records what the handler in hand declares, the input bounds and the security headers follow it, and each kind
 * has its Cache-Control. The handlers here are real handler methods of the classes below, given to the real
 * interceptors as Spring MVC gives them.
 */
class ResponseKindTest {

	private static final HttpProperties PROPERTIES = new HttpProperties(Duration.ofMinutes(5), Duration.ofMinutes(1),
			Duration.ofMinutes(5), Duration.ofMinutes(15), DataSize.ofMegabytes(32), DataSize.ofMegabytes(2), 4096,
			10000, 1000, Duration.ofSeconds(10), "default-src 'self'; frame-ancestors 'none'");

	private final CachePolicy policy = new CachePolicy(PROPERTIES);

	private final DeclaredResponseInterceptor interceptor = new DeclaredResponseInterceptor(
			List.of(new LibraryHandler(LibraryController.class, ResponseKind.API)), new SecurityHeaders(PROPERTIES));

	@Responds(value = ResponseKind.PAGE, daily = true)
	static class ClaimPages {

		public String page() {
			return "claim/claim";
		}

		@Responds(value = ResponseKind.PAGE, daily = true, embeddable = true)
		public String card() {
			return "claim/card";
		}

		@Responds(value = ResponseKind.SEARCH, lenientParameters = true)
		public String search() {
			return "search/search";
		}

	}

	static class Undeclared {

		public String health() {
			return "UP";
		}

	}

	static class LibraryController {

		public String description() {
			return "{}";
		}

	}

	static class SubclassOfALibraryController extends LibraryController {
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ClaimPages                  | page        | PAGE     | true  | false | false
			ClaimPages                  | card        | PAGE     | true  | true  | false
			ClaimPages                  | search      | SEARCH   | false | false | true
			Undeclared                  | health      | UNCACHED | false | false | false
			SubclassOfALibraryController | description | API      | false | false | false
			""")
	void theHandlerInHandDeclaresItsResponseTheMethodBeforeItsClass(String type, String method, ResponseKind kind,
			boolean daily, boolean embeddable, boolean lenient) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/any/address/at/all");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(this.interceptor.preHandle(request, response, handler(type, method))).isTrue();
		assertThat(DeclaredResponse.of(request)).isEqualTo(new DeclaredResponse(kind, daily, embeddable, lenient));
	}

	@Test
	void staticFilesAreAssetsViewControllersArePagesAndNothingRecordedIsStoredNowhere() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/assets/css/site.css");
		this.interceptor.preHandle(request, new MockHttpServletResponse(), new ResourceHttpRequestHandler());
		assertThat(DeclaredResponse.of(request).kind()).isEqualTo(ResponseKind.ASSET);
		this.interceptor.preHandle(request, new MockHttpServletResponse(), new ParameterizableViewController());
		assertThat(DeclaredResponse.of(request).kind()).isEqualTo(ResponseKind.PAGE);
		assertThat(DeclaredResponse.of(new MockHttpServletRequest()).kind()).isEqualTo(ResponseKind.UNCACHED);
	}

	@Test
	void onlyAnEmbeddableRouteMayBeFramedByOtherSites() throws Exception {
		SecurityHeaders headers = new SecurityHeaders(PROPERTIES);
		for (String method : new String[] { "page", "card" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/claims/x/" + method);
			MockHttpServletResponse response = new MockHttpServletResponse();
			headers.apply(request, response);
			this.interceptor.preHandle(request, response, handler("ClaimPages", method));
			assertThat(response.getHeader("Content-Security-Policy"))
				.isEqualTo(method.equals("card") ? "default-src 'self'; frame-ancestors *"
						: "default-src 'self'; frame-ancestors 'none'");
		}
	}

	@Test
	void inputBoundsRefuseWhatTheRouteDoesNotReadLenientlyItself() throws Exception {
		InputLimitsInterceptor limits = new InputLimitsInterceptor(PROPERTIES);
		for (String method : new String[] { "page", "search" }) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
			request.setQueryString("page=abc");
			request.setParameter("page", "abc");
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.interceptor.preHandle(request, response, handler("ClaimPages", method));
			boolean lenient = method.equals("search");
			assertThat(limits.preHandle(request, response, handler("ClaimPages", method))).isEqualTo(lenient);
			assertThat(response.getStatus()).isEqualTo(lenient ? 200 : 400);
			assertThat(request.getAttribute(InputLimitsInterceptor.REASON)).isEqualTo(lenient ? null : "page-out-of-range");
		}
		MockHttpServletRequest errorPage = new MockHttpServletRequest("GET", "/error");
		errorPage.setDispatcherType(DispatcherType.ERROR);
		errorPage.setParameter("page", "abc");
		assertThat(limits.preHandle(errorPage, new MockHttpServletResponse(), handler("Undeclared", "health")))
			.as("the error page of a refused request").isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PAGE     | public, max-age=300, stale-if-error=86400
			SEARCH   | public, max-age=60
			API      | public, max-age=300, stale-if-error=86400
			FEED     | public, max-age=900, stale-if-error=86400
			ASSET    | public, max-age=300
			UNCACHED | no-store
			""")
	void eachKindHasItsCacheControl(ResponseKind kind, String cacheControl) {
		assertThat(this.policy.of(kind)).isEqualTo(cacheControl);
	}

	@Test
	void whatGoesOutWithoutValidatorsIsStoredNowhereUnlessItIsAnAssetOrARedirect() {
		assertThat(this.policy.ofUnvalidated(ResponseKind.ASSET, 200, "/assets/css/site.css", true))
			.isEqualTo("public, max-age=300");
		assertThat(this.policy.ofUnvalidated(ResponseKind.ASSET, 404, "/assets/css/site.css", true))
			.isEqualTo("no-store");
		assertThat(this.policy.ofUnvalidated(ResponseKind.PAGE, 301, "/claims/old", true))
			.isEqualTo("public, max-age=300, stale-if-error=86400");
		assertThat(this.policy.ofUnvalidated(ResponseKind.PAGE, 301, "/claims/old", false)).isEqualTo("no-store");
		assertThat(this.policy.ofUnvalidated(ResponseKind.PAGE, 404, "/claims/nope", true)).isEqualTo("no-store");
		assertThat(this.policy.ofUnvalidated(ResponseKind.UNCACHED, 200, "/readyz", true)).isEqualTo("no-store");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/css/site-00b3bfc9267f49bfa49c06e037d57e45.css",
			"/assets/js/site-0123456789abcdef0123456789abcdef.js" })
	void fingerprintedAssetsAreImmutable(String path) {
		assertThat(this.policy.ofAsset(path)).isEqualTo("public, max-age=31536000, immutable");
	}

	private static HandlerMethod handler(String type, String method) throws Exception {
		Class<?> handlerType = Class.forName(ResponseKindTest.class.getName() + "$" + type);
		Method found = handlerType.getMethod(method);
		Object bean = handlerType.getDeclaredConstructor().newInstance();
		return new HandlerMethod(bean, found);
	}

}
