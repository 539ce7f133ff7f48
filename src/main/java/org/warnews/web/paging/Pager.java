package org.warnews.web.paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;

import org.warnews.web.NotFoundException;
import org.warnews.web.meta.SiteUrls;

/**
 * Where a page of a paged list sits: its number, how many pages and items there are, and the addresses of its
 * neighbours. Page 1 is the list's own address, without {@code ?page}; a page past the last one does not exist.
 * Malformed and huge page numbers never get here: {@code InputLimitsFilter} answers them 400.
 *
 * @param path the list's address, e.g. {@code /topics/drones}
 * @param number this page, from 1
 * @param pages how many pages there are (at least 1, even for an empty list)
 * @param total how many entries the whole list has
 */
public record Pager(String path, int number, int pages, long total) {

	/** Asks for page {@code page} (null: the first) of {@code size} entries; 404 for a page below 1. */
	public static Pageable request(Integer page, int size) {
		int number = (page != null) ? page : 1;
		if (number < 1) {
			throw new NotFoundException("page");
		}
		return PageRequest.of(number - 1, size);
	}

	/**
	 * The pager of a page read, added to the model as {@code pager} with the page's canonical URL (which keeps
	 * {@code ?page=N} from page 2 on); 404 for a page past the last.
	 */
	public static Pager of(String path, Page<?> page, Model model) {
		Pager pager = new Pager(path, page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements());
		if (pager.number() > pager.pages()) {
			throw new NotFoundException("page");
		}
		model.addAttribute("pager", pager);
		if (pager.number() > 1) {
			model.addAttribute("canonicalUrl", SiteUrls.current().of(pager.href(pager.number())));
		}
		return pager;
	}

	/** Whether there is more than one page, so that a pager is worth showing. */
	public boolean needed() {
		return this.pages > 1;
	}

	public String previous() {
		return (this.number > 1) ? href(this.number - 1) : null;
	}

	public String next() {
		return (this.number < this.pages) ? href(this.number + 1) : null;
	}

	public String href(int page) {
		return (page == 1) ? this.path : this.path + "?page=" + page;
	}

}
