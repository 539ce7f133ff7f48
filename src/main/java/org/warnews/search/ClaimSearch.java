package org.warnews.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.warnews.actor.ActorRepository;
import org.warnews.model.NamedEntity;
import org.warnews.model.Topic;
import org.warnews.search.SearchRepository.FacetCount;
import org.warnews.search.SearchRepository.Filters;
import org.warnews.search.SearchRepository.Found;
import org.warnews.search.SearchRepository.MarkedCard;
import org.warnews.search.SearchRepository.ParsedQuery;
import org.warnews.search.SearchResult.Facet;
import org.warnews.search.SearchResult.FacetValue;
import org.warnews.search.SearchResult.Hit;
import org.warnews.search.SearchResult.ItemHit;
import org.warnews.search.SearchResult.Notice;
import org.warnews.topic.TopicRepository;

/**
 * Runs a search: cleans the text, resolves the filters, queries, and falls back to a corrected query when a
 * misspelt word finds nothing. The HTML page and the JSON endpoint both use it.
 */
@Component
class ClaimSearch {

	static final int PAGE_SIZE = 20;

	/** Deep pages cost more and help nobody: past this, readers are asked to narrow the search. */
	static final int MAX_PAGES = 15;

	/**
	 * A search counts and ranks at most this many claims, the newest that match, so that a common word costs no
	 * more than a rarer one; the page says when more match ("more than 300"). It is also as far as the pages go.
	 */
	static final int COUNTED = MAX_PAGES * PAGE_SIZE;

	static final List<String> KINDS = List.of("figure", "assertion", "plan", "hope", "call", "event",
			"characterisation");

	private static final int FACET_VALUES = 12;

	private static final int ITEMS = 5;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*");

	private final SearchRepository repository;

	private final TopicRepository topics;

	private final ActorRepository actors;

	ClaimSearch(SearchRepository repository, TopicRepository topics, ActorRepository actors) {
		this.repository = repository;
		this.topics = topics;
		this.actors = actors;
	}

	@Transactional(readOnly = true)
	SearchResult search(SearchRequest request, List<Notice> requestNotices) {
		List<Notice> notices = new ArrayList<>(requestNotices);
		CleanQuery clean = CleanQuery.of(request.q());
		if (clean.cut()) {
			notices.add(new Notice("search.notice.cut", Integer.toString(CleanQuery.MAX_LENGTH)));
		}
		if (clean.charactersRemoved()) {
			notices.add(new Notice("search.notice.removed"));
		}
		Filters filters = filters(request, notices);
		if (clean.isEmpty() && !filters.any()) {
			return problem(request, clean, notices, (request.q() == null) ? null : "search.problem.nothing-left");
		}
		ParsedQuery query = null;
		if (!clean.isEmpty()) {
			query = this.repository.parse(Numbers.in(clean.text()));
			if (query.isEmpty() || (!query.lookup() && !filters.any())) {
				if (!filters.any()) {
					return problem(request, clean, notices,
							query.isEmpty() ? "search.problem.no-words" : "search.problem.only-exclusions");
				}
				notices.add(new Notice("search.notice.no-words"));
				query = null;
			}
		}
		Outcome outcome = run(request, query, filters, notices);
		String searched = clean.text();
		SearchRequest correction = null;
		String correctedFrom = null;
		if (query != null && outcome.total == 0) {
			String corrected = corrected(clean.text());
			ParsedQuery correctedQuery = (corrected != null) ? this.repository.parse(Numbers.in(corrected)) : null;
			if (correctedQuery != null && correctedQuery.lookup()) {
				SearchRequest retry = request.withQ(corrected);
				Outcome fallback = run(retry, correctedQuery, filters, new ArrayList<>());
				if (fallback.total > 0) {
					outcome = fallback;
					correction = retry;
					correctedFrom = clean.text();
					searched = corrected;
				}
			}
		}
		List<Topic> suggested = (outcome.total == 0) ? this.topics.findAllByOrderByName() : List.of();
		return new SearchResult(request, searched, null, List.copyOf(notices), correction, correctedFrom, query != null,
				outcome.total, outcome.atLeast,
				outcome.page, outcome.pages, outcome.hits, outcome.items, outcome.facets, suggested);
	}

	/** A search that is not run, with the problem that says why (e.g. "search.problem.dates"), and the notices. */
	SearchResult refused(SearchRequest request, List<Notice> notices, String problem) {
		return problem(request, CleanQuery.of(request.q()), notices, problem);
	}

	private SearchResult problem(SearchRequest request, CleanQuery clean, List<Notice> notices, String problem) {
		return new SearchResult(request, clean.text(), (problem != null) ? new Notice(problem) : null,
				List.copyOf(notices), null, null, false, 0, false, 1, 0, List.of(), List.of(), List.of(),
				this.topics.findAllByOrderByName());
	}

	private Filters filters(SearchRequest request, List<Notice> notices) {
		Integer topicId = filterId(request.topic(), this.topics::findBySlug, "search.notice.unknown-topic", notices);
		Integer actorId = filterId(request.actor(), this.actors::findBySlug, "search.notice.unknown-actor", notices);
		String kind = null;
		if (request.kind() != null) {
			if (KINDS.contains(request.kind())) {
				kind = request.kind();
			}
			else {
				notices.add(new Notice("search.notice.unknown-kind", request.kind()));
			}
		}
		return new Filters(topicId, actorId, kind, request.dates());
	}

	/** The id of the topic or claimant a filter names; {@code null}, with a notice, when there is none such. */
	private static Integer filterId(String slug, Function<String, Optional<? extends NamedEntity>> bySlug,
			String unknown, List<Notice> notices) {
		if (slug == null) {
			return null;
		}
		Integer id = (SLUG.matcher(slug).matches() ? bySlug.apply(slug) : Optional.<NamedEntity>empty())
			.map(NamedEntity::getId)
			.orElse(null);
		if (id == null) {
			notices.add(new Notice(unknown, slug));
		}
		return id;
	}

	private record Outcome(long total, boolean atLeast, int page, int pages, List<Hit> hits, List<ItemHit> items,
			List<Facet> facets) {
	}

	private Outcome run(SearchRequest request, ParsedQuery query, Filters filters, List<Notice> notices) {
		Found found = find(query, filters, request.page());
		int pages = (int) Math.min(MAX_PAGES, (Math.min(found.total(), COUNTED) + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = (pages == 0) ? 1 : request.page();
		if (page > pages && pages > 0) {
			notices.add(new Notice((page > MAX_PAGES && pages == MAX_PAGES) ? "search.notice.page-limit" : "search.notice.page-beyond",
					Integer.toString(pages)));
			page = pages;
			found = find(query, filters, page);
		}
		List<ItemHit> items = (query == null || page > 1 || filters.any()) ? List.of()
				: this.repository.items(query, ITEMS)
					.stream()
					.map(row -> new ItemHit(row.slug(), Highlighted.parse(row.heading()), row.sourceSlug(), row.sourceHeadline()))
					.toList();
		return new Outcome(found.total(), !found.exact(), page, Math.max(pages, 1), hits(query, found.page()), items,
				facets(request, found.facets()));
	}

	private Found find(ParsedQuery query, Filters filters, int page) {
		int offset = (int) Math.min((long) (page - 1) * PAGE_SIZE, (long) MAX_PAGES * PAGE_SIZE);
		return this.repository.find(query, filters, COUNTED, PAGE_SIZE, offset);
	}

	private List<Hit> hits(ParsedQuery query, List<SearchRepository.Row> rows) {
		Map<Integer, MarkedCard> loaded = this.repository
			.cards(rows.stream().map(SearchRepository.Row::claimId).toList(), query)
			.stream()
			.collect(Collectors.toMap(marked -> marked.card().id(), Function.identity()));
		return rows.stream()
			.map(row -> loaded.get(row.claimId()))
			.map(marked -> new Hit(marked.card(), highlighted(query, marked.summary()), highlighted(query, marked.quote())))
			.toList();
	}

	private static Highlighted highlighted(ParsedQuery query, String text) {
		return (query == null) ? Highlighted.plain(text) : Highlighted.parse(text);
	}

	private static List<Facet> facets(SearchRequest request, List<FacetCount> counts) {
		Map<String, List<FacetCount>> byFacet = counts.stream()
			.collect(Collectors.groupingBy(FacetCount::facet, LinkedHashMap::new, Collectors.toList()));
		return List.of("topic", "actor", "kind").stream().map(name -> {
			List<FacetValue> values = byFacet.getOrDefault(name, List.of())
				.stream()
				.sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::label))
				.limit(FACET_VALUES)
				.map(count -> {
					boolean selected = request.isSelected(name, count.key());
					String href = request.with(name, selected ? null : count.key()).href();
					return new FacetValue(count.key(), count.label(), count.count(), selected, href);
				})
				.toList();
			return new Facet(name, values);
		}).filter(facet -> !facet.values().isEmpty()).toList();
	}

	/**
	 * The query with each word that nothing contains replaced by the most similar word that something does, or
	 * null when every word is known or no replacement is close enough. Asked only when nothing matched: the
	 * corrected query is then searched instead ("did you mean"), with a link back to the query as typed.
	 */
	private String corrected(String text) {
		List<String> words = new ArrayList<>();
		// Numbers are matched in every spelling already; only the words around them are checked.
		Matcher matcher = WORD.matcher(Numbers.in(text).text());
		while (matcher.find()) {
			String word = matcher.group();
			if (word.length() >= 3 && !word.equalsIgnoreCase("or") && !word.startsWith("wnnum") && words.size() < 16) {
				words.add(word);
			}
		}
		Map<String, String> replacements = new LinkedHashMap<>();
		this.repository.corrections(words).forEach(correction -> replacements.put(correction.typed(), correction.suggestion()));
		if (replacements.isEmpty()) {
			return null;
		}
		StringBuilder corrected = new StringBuilder();
		matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group();
			String replacement = replacements.get(word);
			if (replacement != null && Character.isUpperCase(word.codePointAt(0))) {
				replacement = replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
			}
			matcher.appendReplacement(corrected, Matcher.quoteReplacement((replacement != null) ? replacement : word));
		}
		matcher.appendTail(corrected);
		String result = corrected.toString();
		return result.equals(text) ? null : result;
	}

}
