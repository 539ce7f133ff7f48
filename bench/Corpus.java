import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic corpus of war-news claims for benchmarks, loaded through the real schema.
 *
 * <pre>java -cp postgresql.jar bench/Corpus.java SIZE JDBC_URL [USER [PASSWORD]]</pre>
 *
 * Adds SIZE claims (the same ones for the same SIZE, on any machine) to a database that the app's migrations have
 * already created, as the owner role (default warnews_owner; the password may also come from PGPASSWORD). Every
 * generated source has its own verbatim body with a correct SHA-256, and every item heading and claim quote is a
 * span of that body, so the database's verification triggers accept them exactly as they accept real content; the
 * search triggers index them. Sources, items, actors and topics it creates have slugs starting with "bench-" or
 * reuse the real ones (Zelensky, Putin, the UK Ministry of Defence, the nine topics). It refuses to run twice on
 * the same database.
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

	record Org(String slug, String name, String kind, String[] aliases) {
	}

	static final Org[] ORGS = {
			new Org("general-staff-of-ukraine", null, null, null), new Org("uk-ministry-of-defence", null, null, null),
			new Org("russia", null, null, null), new Org("volodymyr-zelensky", null, null, null),
			new Org("vladimir-putin", null, null, null), new Org("the-publication", null, null, null),
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

	record ClaimRow(String slug, String itemSlug, String actorSlug, Draft draft, int start, int end, LocalDate saidOn,
			String phrase, String via) {
	}

	record ItemRow(String slug, int position, String heading, int headingStart, int spanStart, int spanEnd) {
	}

	record SourceRow(String slug, String headline, String standfirst, LocalDate publishedOn, String body,
			List<ItemRow> items, List<ClaimRow> claims) {
	}

	SourceRow source(int number, int claims, List<Actor> actors) {
		LocalDate published = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
		String slug = String.format(Locale.ROOT, "bench-%s-war-latest-%06d", published, number);
		String headline = "Ukraine-Russia war latest: " + pick(UKRAINE_PLACES) + " " + pick(new String[] { "hit by", "braces for", "defends against" }) + " " + pick(WEAPONS);
		String standfirst = "What was claimed on " + DAY.format(published) + ", as reported.";
		StringBuilder body = new StringBuilder();
		body.append("date ").append(published).append(' ').append(headline).append('\n').append(standfirst).append('\n');
		List<ItemRow> items = new ArrayList<>();
		List<ClaimRow> rows = new ArrayList<>();
		int items_ = (claims + CLAIMS_PER_ITEM - 1) / CLAIMS_PER_ITEM;
		int made = 0;
		for (int i = 1; i <= items_; i++) {
			int spanStart = body.length();
			String itemSlug = slug.replace("-war-latest-", "-item-") + "-" + i;
			String heading = pick(UKRAINE_PLACES) + " " + pick(new String[] { "says", "reports", "claims" }) + " " + draft().summary().replaceAll("\\.$", "").toLowerCase(Locale.ROOT);
			int headingStart = body.length();
			body.append(heading).append('\n');
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
				rows.add(new ClaimRow(itemSlug + "-" + (c + 1), itemSlug, actor.slug(),
						new Draft(quote, draft.summary(), draft.kind(), draft.topics(), draft.figure()), start, end,
						published.minusDays(daysBefore), phrase, opening.isEmpty() ? null : opening.substring(5, opening.length() - 2)));
			}
			items.add(new ItemRow(itemSlug, i, heading, headingStart, spanStart, body.length() - 1));
		}
		return new SourceRow(slug, headline, standfirst, published, body.toString(), items, rows);
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

	// ---------------------------------------------------------------- loading

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: java -cp postgresql.jar bench/Corpus.java SIZE JDBC_URL [USER [PASSWORD]]");
			System.exit(2);
		}
		int size = Integer.parseInt(args[0]);
		Properties properties = new Properties();
		properties.setProperty("user", (args.length > 2) ? args[2] : "warnews_owner");
		String password = (args.length > 3) ? args[3] : System.getenv("PGPASSWORD");
		if (password != null) {
			properties.setProperty("password", password);
		}
		// Batches become multi-row INSERTs, so the statement-level search triggers index many claims at once.
		properties.setProperty("reWriteBatchedInserts", "true");
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(args[1], properties)) {
			connection.setAutoCommit(false);
			new Corpus(size).load(connection, size);
			// Fresh statistics and a clean GIN pending list, as a long-running database would have.
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("VACUUM (ANALYZE) source, item, actor, topic, claim, claim_topic, figure, claim_search, search_word");
			}
		}
		System.out.printf(Locale.ROOT, "Loaded %d claims in %.1f s%n", size, (System.nanoTime() - started) / 1e9);
	}

	void load(Connection connection, int size) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet existing = statement.executeQuery("SELECT count(*) FROM source WHERE slug LIKE 'bench-%'")) {
			existing.next();
			if (existing.getInt(1) > 0) {
				throw new IllegalStateException("This database already holds a generated corpus; use a fresh one.");
			}
		}
		List<Actor> actors = actors(connection);
		Map<String, Integer> actorIds = ids(connection, "SELECT slug, id FROM actor");
		Map<String, Integer> topicIds = topics(connection);
		int perSource = CLAIMS_PER_ITEM * ITEMS_PER_SOURCE;
		int sources = (size + perSource - 1) / perSource;
		int loaded = 0;
		for (int s = 1; s <= sources; s++) {
			SourceRow source = source(s, Math.min(perSource, size - loaded), actors);
			insert(connection, source, actorIds, topicIds);
			loaded += source.claims().size();
			if (s % 20 == 0 || s == sources) {
				connection.commit();
				System.out.printf(Locale.ROOT, "  %d / %d claims%n", loaded, size);
			}
		}
		connection.commit();
	}

	List<Actor> actors(Connection connection) throws Exception {
		List<Actor> actors = new ArrayList<>();
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO actor (slug, name, kind, description, aliases) VALUES (?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING")) {
			for (Org org : ORGS) {
				if (org.name() != null) {
					insert.setString(1, org.slug());
					insert.setString(2, org.name());
					insert.setString(3, org.kind());
					insert.setString(4, "Generated for benchmarks.");
					insert.setArray(5, connection.createArrayOf("text", org.aliases()));
					insert.addBatch();
				}
			}
			List<Actor> people = inventPeople(150);
			for (Actor person : people) {
				insert.setString(1, person.slug());
				insert.setString(2, person.name());
				insert.setString(3, "person");
				insert.setString(4, "An invented " + pick(ROLES) + ", generated for benchmarks.");
				insert.setArray(5, connection.createArrayOf("text", new String[] { "Mr " + person.name().split(" ")[1] }));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT slug, name, kind FROM actor ORDER BY slug")) {
			Map<String, Actor> bySlug = new HashMap<>();
			while (rows.next()) {
				bySlug.put(rows.getString(1), new Actor(rows.getString(1), rows.getString(2), rows.getString(3)));
			}
			// The order decides who claims most: the real claimants and the organisations first.
			for (Org org : ORGS) {
				actors.add(bySlug.remove(org.slug()));
			}
			bySlug.values().stream().sorted((a, b) -> a.slug().compareTo(b.slug())).forEach(actors::add);
		}
		return actors;
	}

	Map<String, Integer> topics(Connection connection) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO topic (slug, name, description) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
			for (String[] topic : TOPICS) {
				if (topic.length > 1) {
					insert.setString(1, topic[0]);
					insert.setString(2, topic[1]);
					insert.setString(3, topic[2]);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
		return ids(connection, "SELECT slug, id FROM topic");
	}

	static Map<String, Integer> ids(Connection connection, String sql) throws Exception {
		Map<String, Integer> ids = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				ids.put(rows.getString(1), rows.getInt(2));
			}
		}
		return ids;
	}

	static void insert(Connection connection, SourceRow source, Map<String, Integer> actorIds,
			Map<String, Integer> topicIds) throws Exception {
		int sourceId;
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO source (slug, file_name, headline, standfirst, published_on, body, sha256)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
			insert.setString(1, source.slug());
			insert.setString(2, source.slug() + ".txt");
			insert.setString(3, source.headline());
			insert.setString(4, source.standfirst());
			insert.setDate(5, Date.valueOf(source.publishedOn()));
			insert.setString(6, source.body());
			insert.setString(7, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(source.body().getBytes(StandardCharsets.UTF_8))));
			try (ResultSet id = insert.executeQuery()) {
				id.next();
				sourceId = id.getInt(1);
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO item (source_id, position, slug, heading, heading_start, span_start, span_end)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
			for (ItemRow item : source.items()) {
				insert.setInt(1, sourceId);
				insert.setInt(2, item.position());
				insert.setString(3, item.slug());
				insert.setString(4, item.heading());
				insert.setInt(5, item.headingStart());
				insert.setInt(6, item.spanStart());
				insert.setInt(7, item.spanEnd());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		Map<String, Integer> itemIds = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT slug, id FROM item WHERE source_id = ?")) {
			select.setInt(1, sourceId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					itemIds.put(rows.getString(1), rows.getInt(2));
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO claim (slug, item_id, actor_id, kind, summary, quote, quote_start, quote_end, direct_quote,
				                   said_on, said_on_precision, said_on_phrase, said_on_inference, via)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, false, ?, 'day', ?, ?, ?)""")) {
			for (ClaimRow claim : source.claims()) {
				insert.setString(1, claim.slug());
				insert.setInt(2, itemIds.get(claim.itemSlug()));
				insert.setInt(3, actorIds.get(claim.actorSlug()));
				insert.setString(4, claim.draft().kind());
				insert.setString(5, claim.draft().summary());
				insert.setString(6, claim.draft().quote());
				insert.setInt(7, claim.start());
				insert.setInt(8, claim.end());
				insert.setDate(9, Date.valueOf(claim.saidOn()));
				insert.setString(10, claim.phrase());
				insert.setString(11, claim.phrase().matches("on \\d.*") ? null
						: "Resolved relative to the date of the source, " + DAY.format(claim.saidOn()) + ".");
				insert.setString(12, claim.via());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		Map<String, Integer> claimIds = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT c.slug, c.id FROM claim c JOIN item i ON i.id = c.item_id WHERE i.source_id = ?")) {
			select.setInt(1, sourceId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					claimIds.put(rows.getString(1), rows.getInt(2));
				}
			}
		}
		try (PreparedStatement topic = connection.prepareStatement("INSERT INTO claim_topic (claim_id, topic_id) VALUES (?, ?)");
				PreparedStatement figure = connection.prepareStatement("""
						INSERT INTO figure (claim_id, metric, metric_label, value, qualifier, unit, counted, period_phrase)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (ClaimRow claim : source.claims()) {
				int claimId = claimIds.get(claim.slug());
				for (String slug : new LinkedHashSet<>(claim.draft().topics())) {
					topic.setInt(1, claimId);
					topic.setInt(2, topicIds.get(slug));
					topic.addBatch();
				}
				Figure f = claim.draft().figure();
				if (f != null) {
					figure.setInt(1, claimId);
					figure.setString(2, f.metric());
					figure.setString(3, f.label());
					figure.setLong(4, f.value());
					figure.setString(5, f.qualifier());
					figure.setString(6, f.unit());
					figure.setString(7, f.counted());
					figure.setString(8, "as of " + claim.saidOn());
					figure.addBatch();
				}
			}
			topic.executeBatch();
			figure.executeBatch();
		}
	}

}
