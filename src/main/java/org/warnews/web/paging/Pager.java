package org.warnews.web.paging;

import java.util.function.IntFunction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;

import org.warnews.web.NotFoundException;

/**
 * Where a page of a list sits, for every list of the site (pages, the API and search): its number, how many pages
 * and entries there are, and the addresses of its neighbours. Page numbers count from 1 up to one configured limit,
 * {@code warnews.http.max-page}: {@code InputLimitsInterceptor} answers a larger or malformed one 400 on the pages, the
 * API its own 400 problem ({@code ApiPaging}); search counts at most its newest 300 matches, 15 pages, and shows
 * the last of them for a page past it, with a notice.
 *
 * @param number this page, from 1
 * @param pages how many pages there are
 * @param total how many entries the whole list has
 * @param link the address of a page by its number
 */
public record Pager(int number, int pages, long total, IntFunction<String> link) {

	/** Asks for page {@code page} (null: the first) of a list page of {@code size} entries; 404 for a page below 1. */
	public static Pageable request(Integer page, int size) {
		int number = (page != null) ? page : 1;
		if (number < 1) {
			throw new NotFoundException("page");
		}
		return PageRequest.of(number - 1, size);
	}

	/**
	 * The pager of a list page read, added to the model as {@code pager} (from which the page's canonical URL keeps
	 * {@code ?page=N} from page 2 on); 404 for a page past the last. Page 1 is the list's own address,
	 * {@code path}, without {@code page}; an empty list has one (empty) page. A path may carry a query of its own
	 * (a filtered list, {@code /timeline?actor=x}), to which {@code &page=N} is added.
	 */
	public static Pager of(String path, Page<?> page, Model model) {
		String separator = path.contains("?") ? "&" : "?";
		Pager pager = new Pager(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements(),
				number -> (number == 1) ? path : path + separator + "page=" + number);
		if (pager.number() > pager.pages()) {
			throw new NotFoundException("page");
		}
		model.addAttribute("pager", pager);
		return pager;
	}

	/** The pager of a page read for the API, which answers a page past the last with an empty list. */
	public static Pager of(Page<?> page, IntFunction<String> link) {
		return new Pager(page.getNumber() + 1, page.getTotalPages(), page.getTotalElements(), link);
	}

	/** Whether there is more than one page, so that a pager is worth showing. */
	public boolean needed() {
		return this.pages > 1;
	}

	/** The page before this one; from past the last page, the last page. */
	public String previous() {
		return (this.number > 1 && this.pages > 0) ? href(Math.min(this.number - 1, this.pages)) : null;
	}

	public String next() {
		return (this.number < this.pages) ? href(this.number + 1) : null;
	}

	public String href(int page) {
		return this.link.apply(page);
	}

}
