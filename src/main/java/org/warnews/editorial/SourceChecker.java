package org.warnews.editorial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.warnews.model.FigureBounds;
import org.warnews.model.Sha256;
import org.warnews.model.TextOffsets;

/**
 * Checks one source folder against its text and the shared actors and topics, and places every heading and quote in
 * the text. Whatever is wrong becomes a {@link Problem} at its line; a source with any problem yields no content.
 */
final class SourceChecker {

	private static final int CANDIDATES = 3;

	private final Set<String> actors;

	private final Set<String> topics;

	private final List<Problem> problems;

	SourceChecker(Set<String> actors, Set<String> topics, List<Problem> problems) {
		this.actors = actors;
		this.topics = topics;
		this.problems = problems;
	}

	/** The source's content, or null when it has problems (they are added to the list). */
	Content.Source check(EditorialFiles.SourceFolder folder) {
		int before = this.problems.size();
		if (!folder.text().resource().exists()) {
			this.problems.add(new Problem(folder.annotation().name(), 1,
					"there is no text.txt beside this file: put the source's verbatim text there."));
			return null;
		}
		byte[] bytes = folder.text().bytes();
		String body = decode(folder.text().name(), bytes);
		AnnotationFile.Read<Annotation.Source> read = AnnotationFile.read(folder.annotation().name(),
				folder.annotation().text(), AnnotationFile.Kind.SOURCE, Annotation.Source.class, this.problems);
		if (body == null || read == null) {
			return null;
		}
		Placing placing = new Placing(folder.annotation().name(), read.file(), body);
		Annotation.Source source = read.value();
		LocalDate published = placing.date(source.publishedOn(), "/published_on");
		placing.verbatim(source.headline(), "/headline", "headline");
		placing.verbatim(source.standfirst(), "/standfirst", "standfirst");
		Annotation.Provenance provenance = source.provenance();
		LocalDate retrieved = Annotation.Provenance.NOT_KNOWN.equals(provenance.retrievedOn()) ? null
				: placing.date(provenance.retrievedOn(), "/provenance/retrieved_on");
		if (published != null && retrieved != null && retrieved.isBefore(published)) {
			placing.problem("/provenance/retrieved_on", "retrieved_on " + retrieved + " is before the source was published ("
					+ published + "): check both dates.");
		}
		List<Content.Item> items = placing.items(source.items(), published);
		if (this.problems.size() > before) {
			return null;
		}
		return new Content.Source(folder.slug(), folder.annotation().name(), body, Sha256.of(bytes), published,
				source.headline(), source.standfirst(), provenance.outlet(), known(provenance.url()),
				known(provenance.archivedUrl()), retrieved, items);
	}

	private String decode(String name, byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			this.problems.add(new Problem(name, 1, "the text is not valid UTF-8: save it as UTF-8, unchanged otherwise."));
			return null;
		}
	}

	private static String known(String value) {
		return Annotation.Provenance.NOT_KNOWN.equals(value) ? null : value;
	}

	/** Places the parts of one annotation in its text, reporting each problem at its line. */
	private final class Placing {

		private final String name;

		private final AnnotationFile file;

		private final String body;

		private final QuoteFinder finder;

		private final TextOffsets offsets;

		Placing(String name, AnnotationFile file, String body) {
			this.name = name;
			this.file = file;
			this.body = body;
			this.finder = new QuoteFinder(body);
			this.offsets = TextOffsets.of(body);
		}

		void problem(String pointer, String message) {
			SourceChecker.this.problems.add(new Problem(this.name, this.file.line(pointer), message));
		}

		LocalDate date(String text, String pointer) {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				problem(pointer, "“" + text + "” is not a date of the calendar: write a real day as YYYY-MM-DD.");
				return null;
			}
		}

		void verbatim(String words, String pointer, String what) {
			if (!this.body.contains(words)) {
				notFound(new Annotation.Quote(words, null, null), 0, this.body.length(), pointer, "the " + what,
						"the text");
			}
		}

		List<Content.Item> items(List<Annotation.Item> items, LocalDate published) {
			List<Integer> headings = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				headings.add(place(items.get(i).heading(), 0, this.body.length(), "/items/" + i + "/heading",
						"the heading of item '" + items.get(i).slug() + "'", "the text"));
			}
			for (int i = 1; i < items.size(); i++) {
				if (headings.get(i) != null && headings.get(i - 1) != null && headings.get(i) <= headings.get(i - 1)) {
					problem("/items/" + i, "item '" + items.get(i).slug() + "' comes before item '" + items.get(i - 1).slug()
							+ "' in the text: list the items in the order of the text.");
				}
			}
			if (headings.contains(null)) {
				return List.of();
			}
			List<Content.Item> placed = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				Annotation.Item item = items.get(i);
				int start = (i == 0) ? 0 : headings.get(i);
				int end = (i + 1 < items.size()) ? headings.get(i + 1) : this.body.length();
				while (end > start && Character.isWhitespace(this.body.charAt(end - 1))) {
					end--;
				}
				List<Content.Claim> claims = new ArrayList<>();
				for (int c = 0; c < item.claims().size(); c++) {
					Content.Claim claim = claim(item, item.claims().get(c), "/items/" + i + "/claims/" + c, start, end,
							published);
					if (claim != null) {
						claims.add(claim);
					}
				}
				int heading = headings.get(i);
				placed.add(new Content.Item(item.slug(), this.file.line("/items/" + i), i + 1,
						item.heading().exact(), this.offsets.offset(heading), this.offsets.offset(start),
						this.offsets.offset(end), claims));
			}
			return placed;
		}

		private Content.Claim claim(Annotation.Item item, Annotation.Claim claim, String pointer, int start, int end,
				LocalDate published) {
			String what = "the quote of claim '" + claim.slug() + "'";
			Integer at = place(claim.quote(), start, end, pointer + "/quote", what, "item '" + item.slug() + "'");
			if (!SourceChecker.this.actors.contains(claim.claimant())) {
				problem(pointer + "/claimant", "claimant '" + claim.claimant()
						+ "' is not in actors.yaml: add the actor there, or use the slug of one that is.");
			}
			for (int t = 0; t < claim.topics().size(); t++) {
				if (!SourceChecker.this.topics.contains(claim.topics().get(t))) {
					problem(pointer + "/topics/" + t, "topic '" + claim.topics().get(t)
							+ "' is not in topics.yaml: add the topic there, or use the slug of one that is.");
				}
			}
			Content.Said said = said(claim.said(), pointer + "/said", published);
			List<Content.Figure> figures = new ArrayList<>();
			for (int f = 0; f < claim.figures().size(); f++) {
				figures.add(figure(claim.figures().get(f), pointer + "/figures/" + f));
			}
			if (at == null || said == null) {
				return null;
			}
			String exact = claim.quote().exact();
			int quoteStart = this.offsets.offset(at);
			return new Content.Claim(claim.slug(), this.file.line(pointer), claim.formerly(), claim.corrections(),
					claim.claimant(), claim.kind(), claim.summary(), exact, quoteStart,
					this.offsets.offset(at + exact.length()), claim.direct(), said, claim.via(),
					claim.topics().stream().sorted().toList(), figures);
		}

		/** The figure with its bounds derived from its qualifier, the one rule of {@link FigureBounds}. */
		private Content.Figure figure(Annotation.Figure figure, String pointer) {
			Annotation.Period period = figure.period();
			LocalDate start = (period.start() != null) ? date(period.start(), pointer + "/period/start") : null;
			LocalDate end = (period.end() != null) ? date(period.end(), pointer + "/period/end") : null;
			if (start != null && end != null && end.isBefore(start)) {
				problem(pointer + "/period/end", "the period ends (" + end + ") before it starts (" + start
						+ "): check both dates.");
			}
			Annotation.Range range = (figure.range() != null) ? figure.range() : new Annotation.Range(null, null);
			FigureBounds bounds;
			try {
				bounds = FigureBounds.of(figure.value(), figure.qualifier(), range.low(), range.high());
			}
			catch (IllegalArgumentException ex) {
				problem(pointer + ((figure.range() != null) ? "/range" : "/value"), "figure '" + figure.metric() + "': "
						+ ex.getMessage() + ". A range is written only where the text states one (see the about page).");
				bounds = new FigureBounds(null, figure.value(), null, false);
			}
			return new Content.Figure(figure.metric(), figure.label(), figure.value(), figure.qualifier(),
					figure.unit(), figure.counted(), start, period.phrase(), figure.inference(),
					new Content.Reading(figure.kind(), bounds.low(), bounds.best(), bounds.high(), bounds.approximate(), end,
							figure.cumulative(), figure.excludes()));
		}

		private Content.Said said(Annotation.Said said, String pointer, LocalDate published) {
			LocalDate date = date(said.date(), pointer + "/date");
			if (date == null) {
				return null;
			}
			String precision = said.precision();
			if (precision.equals("month") && date.getDayOfMonth() != 1) {
				problem(pointer + "/date", "with precision month the date is the first of the month: write "
						+ date.withDayOfMonth(1) + ".");
			}
			if (precision.equals("year") && date.getDayOfYear() != 1) {
				problem(pointer + "/date", "with precision year the date is 1 January: write " + date.withDayOfYear(1) + ".");
			}
			if (published != null && date.isAfter(published)) {
				problem(pointer + "/date", "the claim is dated " + date + ", after the source reporting it was published ("
						+ published + "): a source reports what was said before it. With no date in the text, write "
						+ published + " with precision on-or-before.");
			}
			return new Content.Said(date, precision, said.phrase(), said.inference());
		}

		/** Where a quote starts in [from, to) of the body, or null when it is not found exactly once. */
		private Integer place(Annotation.Quote quote, int from, int to, String pointer, String what, String where) {
			List<Integer> found = this.finder.find(quote, from, to);
			if (found.size() == 1) {
				return found.get(0);
			}
			if (found.isEmpty()) {
				notFound(quote, from, to, pointer, what, where);
			}
			else {
				problem(pointer, what + " “" + quote.exact() + "” occurs " + found.size() + " times in " + where
						+ " (text.txt lines " + String.join(", ", found.stream().map(at -> "" + this.finder.line(at)).toList())
						+ "): add a prefix (the words just before the one you mean) or a suffix (the words just after).");
			}
			return null;
		}

		private void notFound(Annotation.Quote quote, int from, int to, String pointer, String what, String where) {
			String message = what + " “" + quote.exact() + "” is not found word for word in " + where;
			if (quote.prefix() != null || quote.suffix() != null) {
				message += " with the prefix and suffix given";
			}
			List<String> closest = this.finder.closest(quote.exact(), from, to, CANDIDATES);
			message += closest.isEmpty() ? ": copy it from text.txt exactly, with its punctuation and quote marks."
					: ". Closest in text.txt: " + String.join("; ", closest) + ". Copy the words exactly as the text has them.";
			problem(pointer, message);
		}

	}

}
