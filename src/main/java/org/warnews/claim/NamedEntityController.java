package org.warnews.claim;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.warnews.model.Claim;
import org.warnews.model.NamedEntity;
import org.warnews.web.NotFoundException;
import org.warnews.web.paging.PageSizes;
import org.warnews.web.paging.Pager;

import static org.warnews.web.Slugs.SLUG;

/**
 * The pages of topics and of claimants, which are alike: all of them by name with their numbers of claims (at the
 * class's mapping, {@code /topics} or {@code /actors}), and one of them with its claims, a page at a time, newest
 * first (page 1 at the bare address, then {@code ?page=N}). Templates and model attributes are named after the kind:
 * {@code topic/topics} lists {@code topics}, {@code topic/topic} shows a {@code topic}.
 */
public abstract class NamedEntityController<T extends NamedEntity> {

	private final String kind;

	private final Supplier<List<T>> all;

	private final Function<String, Optional<T>> bySlug;

	private final Supplier<List<ClaimCount>> counts;

	private final BiFunction<T, Pageable, Page<Claim>> claims;

	private final PageSizes sizes;

	protected NamedEntityController(String kind, Supplier<List<T>> all, Function<String, Optional<T>> bySlug,
			Supplier<List<ClaimCount>> counts, BiFunction<T, Pageable, Page<Claim>> claims, PageSizes sizes) {
		this.kind = kind;
		this.all = all;
		this.bySlug = bySlug;
		this.counts = counts;
		this.claims = claims;
		this.sizes = sizes;
	}

	@GetMapping
	public String list(Model model) {
		model.addAttribute(this.kind + "s", this.all.get());
		model.addAttribute("counts", ClaimCount.bySlug(this.counts.get()));
		return this.kind + "/" + this.kind + "s";
	}

	@GetMapping("/" + SLUG)
	public String one(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
		Pageable request = Pager.request(page, this.sizes.getClaims());
		T entity = this.bySlug.apply(slug).orElseThrow(() -> new NotFoundException(this.kind));
		Page<Claim> found = this.claims.apply(entity, request);
		Pager.of("/" + this.kind + "s/" + slug, found, model);
		model.addAttribute(this.kind, entity);
		model.addAttribute("claims", found.getContent());
		return this.kind + "/" + this.kind;
	}

}
