package org.warnews;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Fetches a page as a browser would and parses the rendered HTML. */
public final class Pages {

	private Pages() {
	}

	public static Document html(MockMvc mvc, String path) throws Exception {
		return html(mvc, path, 200);
	}

	public static Document html(MockMvc mvc, String path, int status) throws Exception {
		MvcResult result = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).as("status of %s", path).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).as("content type of %s", path).startsWith("text/html");
		return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost" + path);
	}

}
