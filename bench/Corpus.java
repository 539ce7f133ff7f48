import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic corpus of war-news claims for benchmarks, written as editorial files: the folders an editor writes.
 *
 * <pre>java bench/Corpus.java SIZE DIR</pre>
 *
 * Writes SIZE claims (the same ones for the same SIZE, on any machine) into DIR: {@code actors.yaml},
 * {@code topics.yaml} and one folder per source with its verbatim {@code text.txt} and its {@code source.yaml}, quotes
 * given by their words. The app loads them through the same path as real sources when it starts with
 * {@code --warnews.sources.locations=classpath:db/sources/,file:DIR/}. Sources, items, actors and topics it creates
 * have slugs starting with "bench-" or reuse the real ones (Zelensky, Putin, the UK Ministry of Defence, the nine
 * topics), which it does not write again.
 */
public class Corpus {

	static final int CLAIMS_PER_ITEM = 10;

	static final int ITEMS_PER_SOURCE = 10;

	static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);

	static final int DAYS = 1400;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	final Random random;

	Corpus(long seed) {
		this.random = new Random(seed);
	}

	// ---------------------------------------------------------------- vocabulary

	static final String[] UKRAINE_PLACES = { "Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv",
			"Sumy", "Chernihiv", "Lviv", "Poltava", "Kramatorsk", "Sloviansk", "Pokrovsk", "Kostiantynivka", "Bakhmut",
			"Avdiivka", "Vuhledar", "Kupiansk", "Izium", "Lyman", "Toretsk", "Chasiv Yar", "Orikhiv", "Nikopol",
			"Kryvyi Rih", "Vinnytsia", "Rivne", "Ternopil", "Uzhhorod", "Khmelnytskyi", "Zhytomyr", "Cherkasy",
			"Kropyvnytskyi", "Ivano-Frankivsk", "Lutsk", "Bila Tserkva", "Pavlohrad", "Izmail", "Pivdennyi" };

	static final String[] RUSSIA_PLACES = { "Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Krasnodar", "Tuapse",
			"Novorossiysk", "Saratov", "Engels", "Ryazan", "Tambov", "Lipetsk", "Oryol", "Tula", "Smolensk",
			"Kaluga", "Yaroslavl", "Volgograd", "Kazan" };

	static final String[] REGIONS = { "Donetsk region", "Luhansk region", "Zaporizhzhia region", "Kharkiv region",
			"Kherson region", "Sumy region", "Dnipropetrovsk region", "Odesa region", "Crimea", "the Black Sea",
			"the Sea of Azov", "Kursk region", "Belgorod region" };

	static final String[] WEAPONS = { "drones", "Shahed drones", "attack drones", "cruise missiles",
			"ballistic missiles", "guided aerial bombs", "Iskander missiles", "Kh-101 missiles", "Kalibr missiles",
			"unmanned aerial vehicles", "glide bombs", "artillery shells" };

	static final String[] EQUIPMENT = { "air defence systems", "Patriot batteries", "tanks", "armoured vehicles",
			"artillery systems", "F-16 fighter jets", "long-range missiles", "HIMARS launchers", "155mm shells",
			"interceptor drones", "demining vehicles", "generators" };

	static final String[] TARGETS = { "an energy facility", "a thermal power plant", "a substation",
			"a railway station", "a grain terminal", "a residential building", "a hospital", "a school",
			"a port warehouse", "a gas storage site", "an oil depot", "a water treatment plant" };

	static final String[] SECTORS = { "oil", "gas", "banking", "shipping", "metals", "arms industry", "technology",
			"diamond", "nuclear fuel", "shadow fleet" };

	static final String[] CITIES = { "Istanbul", "Geneva", "Riyadh", "Jeddah", "Doha", "Vienna", "Brussels", "Paris",
			"Berlin", "London", "Washington", "Rome", "the Vatican", "Abu Dhabi", "Ankara", "Warsaw" };

	static final String[] SUMMITS = { "G7", "G20", "NATO", "EU", "Ukraine Recovery Conference", "Ramstein", "BRICS" };

	static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	static final String[] WEEKDAYS = { "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
			"on Saturday", "on Sunday", "overnight", "earlier this week", "late on Tuesday" };

	static final String[] VIA = { "statement posted on Telegram", "statement posted on X", "news briefing",
			"televised address", "interview with Reuters", "interview with the BBC", "quoted by Russian news agencies",
			"daily intelligence update", "press conference", "evening video address" };

	// First names and surnames for invented people: the corpus attributes invented words to no real person.
	static final String[] FIRST_NAMES = { "Oleksandr", "Andriy", "Serhiy", "Mykola", "Olena", "Iryna", "Yulia",
			"Dmytro", "Taras", "Oksana", "Viktor", "Natalia", "Pavel", "Sergei", "Alexei", "Marina", "Igor", "Anna",
			"James", "Sarah", "Thomas", "Claire", "Jean", "Ursula", "Mark", "Kaja", "Antonio", "Radoslaw" };

	static final String[] SURNAMES = { "Kovalenko", "Bondarenko", "Shevchenko", "Tkachenko", "Kravchenko", "Melnyk",
			"Boyko", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Ivanov", "Smirnov", "Volkov",
			"Sokolov", "Morozov", "Novikov", "Fedorov", "Harrington", "Whitfield", "Lambert", "Dubois", "Keller",
			"Novak", "Lindqvist", "Moretti", "Kowalski" };

	static final String[] ROLES = { "Ukrainian defence minister", "Ukrainian foreign minister", "regional governor",
			"Russian defence ministry spokesperson", "Kremlin spokesperson", "Ukrainian air force spokesperson",
			"NATO secretary general", "EU foreign policy chief", "British defence secretary",
			"US special envoy", "mayor", "head of the presidential office", "Russian foreign ministry spokesperson",
			"Ukrainian human rights ombudsman", "IAEA director general", "UN humanitarian coordinator" };

	/** A claimant; the real ones (no aliases here) are in db/sources/actors.yaml already. */
	record Org(String slug, String name, String kind, String[] aliases) {

		boolean real() {
			return this.aliases == null;
		}

	}

	static final Org[] ORGS = {
			new Org("general-staff-of-ukraine", "General Staff of the Armed Forces of Ukraine", "organisation", null), new Org("uk-ministry-of-defence", "UK Ministry of Defence", "organisation", null),
			new Org("russia", "Russia", "state", null), new Org("volodymyr-zelensky", "Volodymyr Zelensky", "person", null),
			new Org("vladimir-putin", "Vladimir Putin", "person", null), new Org("the-publication", "The publication", "publication", null),
			new Org("bench-ukrainian-air-force", "Ukrainian Air Force", "organisation", new String[] { "Air Force of Ukraine", "Повітряні сили" }),
			new Org("bench-russian-ministry-of-defence", "Russian Ministry of Defence", "organisation", new String[] { "Russian MoD", "Russian Defence Ministry", "Russian Ministry of Defense", "Минобороны" }),
			new Org("bench-kremlin", "Kremlin", "organisation", new String[] { "the Kremlin", "Кремль" }),
			new Org("bench-isw", "Institute for the Study of War", "organisation", new String[] { "ISW" }),
			new Org("bench-iaea", "International Atomic Energy Agency", "organisation", new String[] { "IAEA", "UN nuclear watchdog" }),
			new Org("bench-un-monitoring-mission", "UN Human Rights Monitoring Mission in Ukraine", "organisation", new String[] { "HRMMU", "UN monitors" }),
			new Org("bench-nato", "NATO", "organisation", new String[] { "North Atlantic Treaty Organization", "the alliance" }),
			new Org("bench-european-commission", "European Commission", "organisation", new String[] { "the Commission", "EU executive" }),
			new Org("bench-ukrenergo", "Ukrenergo", "organisation", new String[] { "Ukraine's grid operator", "Укренерго" }),
			new Org("bench-ukraine", "Ukraine", "state", new String[] { "Kyiv", "Kiev", "Україна" }),
			new Org("bench-united-states", "United States", "state", new String[] { "US", "USA", "Washington" }),
			new Org("bench-united-kingdom", "United Kingdom", "state", new String[] { "UK", "Britain", "London" }),
			new Org("bench-germany", "Germany", "state", new String[] { "Berlin", "Deutschland" }),
			new Org("bench-turkey", "Turkey", "state", new String[] { "Türkiye", "Ankara" }),
			new Org("bench-ukrainian-navy", "Ukrainian Navy", "organisation", new String[] { "Navy of Ukraine" }),
			new Org("bench-sbu", "Security Service of Ukraine", "organisation", new String[] { "SBU", "СБУ" }),
			new Org("bench-hur", "Ukrainian military intelligence", "organisation", new String[] { "HUR", "GUR", "Defence Intelligence of Ukraine" }),
			new Org("bench-rosatom", "Rosatom", "organisation", new String[] { "Росатом" }) };

	static final String[][] TOPICS = { { "casualties" }, { "prisoners-of-war" }, { "diplomacy" }, { "g7-summit" },
			{ "sanctions" }, { "reconstruction" }, { "drones" }, { "air-defence" }, { "arms-development" },
			{ "bench-energy-infrastructure", "Energy infrastructure", "Claims about attacks on power plants and the grid." },
			{ "bench-front-line", "Front line", "Claims about advances, retreats and fighting on the front line." },
			{ "bench-military-aid", "Military aid", "Claims about weapons and money sent to Ukraine." },
			{ "bench-grain-exports", "Grain exports", "Claims about grain shipments and the Black Sea corridor." },
			{ "bench-mobilisation", "Mobilisation", "Claims about conscription and mobilisation." },
			{ "bench-nuclear-safety", "Nuclear safety", "Claims about nuclear power plants in the war zone." },
			{ "bench-missiles", "Missiles", "Claims about missile strikes and missile stocks." },
			{ "bench-civilians", "Civilians", "Claims about civilians killed, wounded and displaced." },
			{ "bench-peace-talks", "Peace talks", "Claims about ceasefire and peace negotiations." },
			{ "bench-frozen-assets", "Frozen assets", "Claims about frozen Russian assets." },
			{ "bench-black-sea", "Black Sea", "Claims about naval warfare and shipping in the Black Sea." } };

	// ---------------------------------------------------------------- claims

	record Figure(String metric, String label, long value, String qualifier, String unit, String counted) {
	}

	/** One generated claim: the quote (a span of the body), our summary, its kind, topics and maybe a figure. */
	record Draft(String quote, String summary, String kind, List<String> topics, Figure figure) {
	}

	String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/** Numbers written the many ways the news writes them. */
	long number(long min, long max) {
		long value = min + (long) (this.random.nextDouble() * (max - min));
		long step = (value > 10_000) ? 1_000 : (value > 1_000) ? 100 : (value > 100) ? 10 : 1;
		return Math.max(min, value / step * step);
	}

	String written(long value) {
		if (value >= 1_000_000 && value % 100_000 == 0 && this.random.nextBoolean()) {
			String millions = (value % 1_000_000 == 0) ? Long.toString(value / 1_000_000)
					: String.valueOf(value / 1_000_000.0);
			return switch (millions) {
				case "1" -> this.random.nextBoolean() ? "one million" : "1 million";
				case "2" -> "two million";
				default -> millions + " million";
			};
		}
		return (value >= 1_000) ? String.format(Locale.UK, "%,d", value) : Long.toString(value);
	}

	Draft draft() {
		String place = pick(UKRAINE_PLACES);
		String weapon = pick(WEAPONS);
		switch (this.random.nextInt(24)) {
			case 0: {
				long n = number(5, 180);
				return new Draft("air defences shot down " + n + " of the " + (n + number(2, 40)) + " " + weapon + " launched at " + place + " " + pick(WEEKDAYS),
						"Air defences shot down " + n + " " + weapon + " launched at " + place + ".", "figure",
						List.of("air-defence", weapon.contains("rone") || weapon.contains("unmanned") ? "drones" : "bench-missiles"),
						new Figure("bench-aerial-targets-shot-down", "Aerial targets shot down", n, "exactly", weapon, "shot down"));
			}
			case 1: {
				long n = number(2, 90);
				return new Draft(n + " people were killed and dozens wounded when a missile hit " + pick(TARGETS) + " in " + place,
						n + " people were killed in a missile strike on " + place + ".", "figure",
						List.of("casualties", "bench-civilians", "bench-missiles"),
						new Figure("bench-civilians-killed", "Civilians killed", n, "exactly", "people", "killed"));
			}
			case 2:
				return new Draft("the attack on " + place + " damaged " + pick(TARGETS) + " and left " + written(number(2_000, 400_000)) + " homes without power",
						"An attack on " + place + " damaged energy infrastructure and cut power to homes.", "event",
						List.of("bench-energy-infrastructure"), null);
			case 3: {
				long n = number(150_000, 1_200_000);
				return new Draft("Russia has lost more than " + written(n) + " troops since the start of the full-scale invasion",
						"Russia has lost more than " + written(n) + " troops since the full-scale invasion began.", "figure",
						List.of("casualties"),
						new Figure("russian-troops-lost", "Russian troops lost", n, "more than", "troops", "troops lost"));
			}
			case 4:
				return new Draft("talks in " + pick(CITIES) + " on a ceasefire will continue next week",
						"Ceasefire talks in " + pick(CITIES) + " will continue the following week.", "plan",
						List.of("diplomacy", "bench-peace-talks"), null);
			case 5: {
				long n = number(20, 400);
				return new Draft(n + " prisoners of war returned home in an exchange brokered by " + pick(new String[] { "the United Arab Emirates", "Turkey", "Qatar", "the Vatican", "Saudi Arabia" }),
						n + " prisoners of war were returned in a prisoner swap.", "event",
						List.of("prisoners-of-war"), new Figure("bench-pows-exchanged", "Prisoners of war exchanged", n, "exactly", "prisoners", "returned"));
			}
			case 6:
				return new Draft("new sanctions will target " + pick(SECTORS) + " revenues that fund Moscow's war machine",
						"New sanctions will target Russian " + pick(SECTORS) + " revenues.", "plan", List.of("sanctions"), null);
			case 7: {
				String equipment = pick(EQUIPMENT);
				return new Draft(pick(new String[] { "Germany", "the United States", "Britain", "France", "Norway", "the Netherlands", "Poland", "Canada" }) + " will send " + number(2, 60) + " more " + equipment + " to Ukraine as part of an aid package worth " + pick(new String[] { "$", "€", "£" }) + number(1, 9) + "bn",
						"A new military aid package for Ukraine will include more " + equipment + ".", "plan",
						List.of("bench-military-aid"), null);
			}
			case 8:
				return new Draft("the situation on the front line near " + place + " remains difficult but under control",
						"The situation near " + place + " is difficult but under control.", "assertion", List.of("bench-front-line"), null);
			case 9:
				return new Draft("we need more air defence systems to protect our cities from " + weapon,
						"Ukraine needs more air defence systems against " + weapon + ".", "call", List.of("air-defence", "bench-military-aid"), null);
			case 10: {
				long n = number(1_000, 4_000_000);
				return new Draft("production of " + weapon + " will rise to " + written(n) + " a year by the end of " + (2023 + this.random.nextInt(4)),
						"Production of " + weapon + " will rise to " + written(n) + " a year.", "plan",
						List.of("arms-development", weapon.contains("rone") ? "drones" : "bench-missiles"), null);
			}
			case 11:
				return new Draft("the strike on " + place + " was a deliberate attack on civilians",
						"The strike on " + place + " was a deliberate attack on civilians.", "characterisation",
						List.of("bench-civilians"), null);
			case 12: {
				long n = number(300_000, 9_000_000);
				return new Draft("grain exports through the Black Sea corridor reached " + written(n) + " tonnes in " + pick(MONTHS),
						"Grain exports through the Black Sea reached " + written(n) + " tonnes in a month.", "figure",
						List.of("bench-grain-exports", "bench-black-sea"),
						new Figure("bench-grain-exported", "Grain exported", n, "exactly", "tonnes", "exported"));
			}
			case 13:
				return new Draft("the call-up of " + written(number(10_000, 300_000)) + " reservists will begin in " + pick(MONTHS),
						"A call-up of reservists will begin soon.", "plan", List.of("bench-mobilisation"), null);
			case 14:
				return new Draft("rebuilding " + place + " will cost at least $" + number(2, 90) + "bn over the next decade",
						"Rebuilding " + place + " will cost billions of dollars.", "figure", List.of("reconstruction"), null);
			case 15: {
				String russian = pick(RUSSIA_PLACES);
				return new Draft("drones struck an oil refinery in " + russian + ", causing a large fire",
						"Drones struck an oil refinery in " + russian + ".", "event",
						List.of("drones", "bench-energy-infrastructure"), null);
			}
			case 16:
				return new Draft("he hopes to meet the leaders of the " + pick(SUMMITS) + " at the summit in " + pick(CITIES),
						"He hopes to meet other leaders at the " + pick(SUMMITS) + " summit.", "hope",
						List.of("diplomacy", "g7-summit"), null);
			case 17:
				return new Draft("we are not lagging behind in the development of " + pick(new String[] { "drone forces", "electronic warfare", "hypersonic missiles", "unmanned systems", "air defence" }),
						"The country is not lagging behind in weapons development.", "assertion", List.of("arms-development"), null);
			case 18: {
				long n = number(3, 120);
				return new Draft(n + " civilians, including " + Math.max(1, n / 5) + " children, were wounded in shelling of " + place,
						n + " civilians were wounded in shelling of " + place + ".", "figure",
						List.of("casualties", "bench-civilians"),
						new Figure("bench-civilians-wounded", "Civilians wounded", n, "exactly", "civilians", "wounded"));
			}
			case 19:
				return new Draft("leaders agreed to use profits from frozen Russian assets to finance Ukraine's recovery",
						"Leaders agreed to use frozen Russian assets for Ukraine's recovery.", "event",
						List.of("sanctions", "reconstruction", "bench-frozen-assets"), null);
			case 20:
				return new Draft("Russian troops advanced " + number(1, 12) + " kilometres near " + place + " over the past week",
						"Russian troops advanced near " + place + ".", "assertion", List.of("bench-front-line"), null);
			case 21:
				return new Draft("the Zaporizhzhia nuclear power plant lost its external power supply again",
						"The Zaporizhzhia nuclear power plant lost external power again.", "event",
						List.of("bench-nuclear-safety", "bench-energy-infrastructure"), null);
			case 22:
				return new Draft(pick(new String[] { "Turkey", "Saudi Arabia", "the Vatican", "Switzerland", "Qatar" }) + " is ready to host peace talks between Kyiv and Moscow",
						"A country offered to host peace talks between Ukraine and Russia.", "assertion",
						List.of("diplomacy", "bench-peace-talks"), null);
			default: {
				long n = number(1, 40);
				return new Draft("a ballistic missile hit a residential building in " + place + ", killing " + n + " people",
						"A ballistic missile strike on " + place + " killed " + n + " people.", "event",
						List.of("casualties", "bench-missiles", "bench-civilians"), null);
			}
		}
	}

	// ---------------------------------------------------------------- sources

	record Actor(String slug, String name, String kind) {
	}

	record ClaimRow(String slug, Actor actor, Draft draft, int start, int end, LocalDate saidOn, String phrase,
			String via) {
	}

	record ItemRow(String slug, int headingStart, String heading, List<ClaimRow> claims) {
	}

	record SourceRow(String slug, String headline, String standfirst, LocalDate publishedOn, String body,
			List<ItemRow> items) {
	}

	SourceRow source(int number, int claims, List<Actor> actors) {
		LocalDate published = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
		String slug = String.format(Locale.ROOT, "bench-%s-war-latest-%06d", published, number);
		String headline = "Ukraine-Russia war latest: " + pick(UKRAINE_PLACES) + " " + pick(new String[] { "hit by", "braces for", "defends against" }) + " " + pick(WEAPONS);
		String standfirst = "What was claimed on " + DAY.format(published) + ", as reported.";
		StringBuilder body = new StringBuilder();
		body.append("date ").append(published).append(' ').append(headline).append('\n').append(standfirst).append('\n');
		List<ItemRow> items = new ArrayList<>();
		int itemCount = (claims + CLAIMS_PER_ITEM - 1) / CLAIMS_PER_ITEM;
		int made = 0;
		for (int i = 1; i <= itemCount; i++) {
			String itemSlug = slug.replace("-war-latest-", "-item-") + "-" + i;
			String heading = pick(UKRAINE_PLACES) + " " + pick(new String[] { "says", "reports", "claims" }) + " " + draft().summary().replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
			int headingStart = body.length();
			body.append(heading).append('\n');
			List<ClaimRow> rows = new ArrayList<>();
			for (int c = 0; c < CLAIMS_PER_ITEM && made < claims; c++, made++) {
				Actor actor = actors.get(actorIndex(actors.size()));
				Draft draft = draft();
				int daysBefore = this.random.nextInt(3);
				String phrase = (daysBefore == 0) ? "on " + DAY.format(published) : pick(WEEKDAYS);
				String said = " " + who(actor) + " said " + phrase + ".";
				String opening = this.random.nextInt(4) == 0 ? "In a " + pick(VIA) + ", " : "";
				body.append(opening);
				int start = body.length();
				String quote = opening.isEmpty() ? capitalise(draft.quote()) : draft.quote();
				body.append(quote);
				int end = body.length();
				body.append(',').append(said).append('\n');
				rows.add(new ClaimRow(itemSlug + "-" + (c + 1), actor,
						new Draft(quote, draft.summary(), draft.kind(), draft.topics(), draft.figure()), start, end,
						published.minusDays(daysBefore), phrase, opening.isEmpty() ? null : opening.substring(5, opening.length() - 2)));
			}
			items.add(new ItemRow(itemSlug, headingStart, heading, rows));
		}
		return new SourceRow(slug, headline, standfirst, published, body.toString(), items);
	}

	/** A few claimants make most claims, as in the news. */
	int actorIndex(int size) {
		double u = this.random.nextDouble();
		return Math.min(size - 1, (int) (size * u * u * u));
	}

	static String who(Actor actor) {
		return switch (actor.kind()) {
			case "publication" -> "the newspaper";
			case "organisation" -> "the " + actor.name();
			default -> actor.name();
		};
	}

	static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	List<Actor> inventPeople(int count) {
		List<Actor> people = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		while (people.size() < count) {
			String name = pick(FIRST_NAMES) + " " + pick(SURNAMES);
			if (seen.add(name)) {
				people.add(new Actor("bench-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, "person"));
			}
		}
		return people;
	}

	// ---------------------------------------------------------------- writing

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java bench/Corpus.java SIZE DIR");
			System.exit(2);
		}
		int size = Integer.parseInt(args[0]);
		Path dir = Path.of(args[1]);
		if (Files.exists(dir.resolve("actors.yaml"))) {
			throw new IllegalStateException(dir + " already holds a generated corpus; use a new folder.");
		}
		Files.createDirectories(dir);
		long started = System.nanoTime();
		new Corpus(size).write(dir, size);
		System.out.printf(Locale.ROOT, "Wrote %d claims to %s in %.1f s%n", size, dir, (System.nanoTime() - started) / 1e9);
	}

	void write(Path dir, int size) throws IOException {
		List<Actor> actors = new ArrayList<>();
		StringBuilder actorFile = new StringBuilder("# Generated for benchmarks (bench/Corpus.java).\n");
		for (Org org : ORGS) {
			actors.add(new Actor(org.slug(), org.name(), org.kind()));
			if (!org.real()) {
				actorFile.append(actor(org.slug(), org.name(), org.kind(), "Generated for benchmarks.", List.of(org.aliases())));
			}
		}
		// The order decides who claims most: the real claimants and the organisations first.
		List<Actor> people = inventPeople(150);
		people.sort((a, b) -> a.slug().compareTo(b.slug()));
		for (Actor person : people) {
			actorFile.append(actor(person.slug(), person.name(), "person",
					"An invented " + pick(ROLES) + ", generated for benchmarks.", List.of("Mr " + person.name().split(" ")[1])));
			actors.add(person);
		}
		Files.writeString(dir.resolve("actors.yaml"), actorFile);
		StringBuilder topicFile = new StringBuilder("# Generated for benchmarks (bench/Corpus.java).\n");
		for (String[] topic : TOPICS) {
			if (topic.length > 1) {
				topicFile.append("- slug: ").append(topic[0]).append("\n  name: ").append(yaml(topic[1]))
					.append("\n  description: ").append(yaml(topic[2])).append('\n');
			}
		}
		Files.writeString(dir.resolve("topics.yaml"), topicFile);
		int perSource = CLAIMS_PER_ITEM * ITEMS_PER_SOURCE;
		int written = 0;
		for (int s = 1; written < size; s++) {
			SourceRow source = source(s, Math.min(perSource, size - written), actors);
			Path folder = Files.createDirectories(dir.resolve(source.slug()));
			Files.writeString(folder.resolve("text.txt"), source.body());
			Files.writeString(folder.resolve("source.yaml"), annotation(source));
			written += source.items().stream().mapToInt(item -> item.claims().size()).sum();
		}
	}

	static String actor(String slug, String name, String kind, String description, List<String> aliases) {
		return "- slug: " + slug + "\n  name: " + yaml(name) + "\n  kind: " + kind + "\n  description: " + yaml(description)
				+ "\n  aliases: [" + String.join(", ", aliases.stream().map(Corpus::yaml).toList()) + "]\n";
	}

	/** The annotation an editor would write for the source: every quote by its words. */
	static String annotation(SourceRow source) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("published_on: ").append(source.publishedOn()).append('\n');
		yaml.append("headline: ").append(yaml(source.headline())).append('\n');
		yaml.append("standfirst: ").append(yaml(source.standfirst())).append('\n');
		yaml.append("provenance:\n  outlet: not named in the text\n  url: not known\n  archived_url: not known\n  retrieved_on: not known\n");
		yaml.append("items:\n");
		String body = source.body();
		List<ItemRow> items = source.items();
		for (int i = 0; i < items.size(); i++) {
			ItemRow item = items.get(i);
			int spanStart = (i == 0) ? 0 : item.headingStart();
			int spanEnd = (i + 1 < items.size()) ? items.get(i + 1).headingStart() : body.length();
			yaml.append("- slug: ").append(item.slug()).append('\n');
			yaml.append("  heading:").append(selector(body, item.headingStart(), item.headingStart() + item.heading().length(), 0, body.length(), "    "));
			yaml.append("  claims:\n");
			for (ClaimRow claim : item.claims()) {
				Draft draft = claim.draft();
				yaml.append("  - slug: ").append(claim.slug()).append('\n');
				yaml.append("    claimant: ").append(claim.actor().slug()).append('\n');
				yaml.append("    kind: ").append(draft.kind()).append('\n');
				yaml.append("    summary: ").append(yaml(draft.summary())).append('\n');
				yaml.append("    quote:").append(selector(body, claim.start(), claim.end(), spanStart, spanEnd, "      "));
				yaml.append("    said:\n      date: ").append(claim.saidOn()).append("\n      precision: day\n");
				yaml.append("      phrase: ").append(yaml(claim.phrase())).append('\n');
				if (!claim.phrase().matches("on \\d.*")) {
					yaml.append("      inference: ")
						.append(yaml("Resolved relative to the date of the source, " + DAY.format(claim.saidOn()) + "."))
						.append('\n');
				}
				if (claim.via() != null) {
					yaml.append("    via: ").append(yaml(claim.via())).append('\n');
				}
				yaml.append("    topics: [").append(String.join(", ", new LinkedHashSet<>(draft.topics()))).append("]\n");
				Figure f = draft.figure();
				if (f != null) {
					yaml.append("    figures:\n    - metric: ").append(f.metric()).append("\n      label: ").append(yaml(f.label()))
						.append("\n      value: ").append(f.value()).append("\n      qualifier: ").append(f.qualifier())
						.append("\n      kind: official-claim") // the claimant's own figure, as the generated text gives it
						.append("\n      unit: ").append(yaml(f.unit())).append("\n      counted: ").append(yaml(f.counted()))
						.append("\n      period:\n        phrase: ").append(yaml("as of " + claim.saidOn())).append('\n');
				}
			}
		}
		return yaml.toString();
	}

	/**
	 * The words at [start, end), as the exact text alone where they occur once in [from, to), or with the text just
	 * before them where the same words occur again (a generated item can repeat a fixed sentence).
	 */
	static String selector(String body, int start, int end, int from, int to, String indent) {
		String exact = body.substring(start, end);
		if (occurrences(body, exact, "", from, to) == 1) {
			return " " + yaml(exact) + "\n";
		}
		for (int length = 1; length <= start - from; length++) {
			String prefix = body.substring(start - length, start);
			if (occurrences(body, exact, prefix, from, to) == 1) {
				return "\n" + indent + "exact: " + yaml(exact) + "\n" + indent + "prefix: " + yaml(prefix) + "\n";
			}
		}
		throw new IllegalStateException("no prefix makes “" + exact + "” unique");
	}

	static int occurrences(String body, String exact, String prefix, int from, int to) {
		int count = 0;
		for (int at = body.indexOf(exact, from); at >= 0 && at + exact.length() <= to; at = body.indexOf(exact, at + 1)) {
			if (body.startsWith(prefix, at - prefix.length()) && at - prefix.length() >= from) {
				count++;
			}
		}
		return count;
	}

	/** A YAML scalar: JSON's double-quoted string is valid YAML, and says exactly what it holds. */
	static String yaml(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
