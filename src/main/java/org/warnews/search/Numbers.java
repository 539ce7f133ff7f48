package org.warnews.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in a query, written any way ("1,000,000", "one million", "1 million", "1m", "250000", "250k"), each
 * replaced by a placeholder word {@code wnnumN} and listed with every way the same number may be written in a
 * source, so that {@code search_tsquery} can match any of them. Spelling out numbers is arithmetic, not data, so it
 * lives here; spelling variants of words are data, in the {@code search_variant} table.
 *
 * @param text the query with each number replaced by its placeholder
 * @param forms for placeholder N, element N: the spellings of that number separated by '|'
 */
record Numbers(String text, List<String> forms) {

	static final int MAX_NUMBERS = 10;

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
			Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
			Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
			Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
			Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
			Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

	private static final String[] SMALL = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
			"nineteen", "twenty" };

	private static final String NUMBER_WORD = "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
			+ "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
			+ "|eighty|ninety)";

	private static final String SCALE_WORD = "(?:thousand|million|billion)s?";

	/**
	 * Digits, possibly grouped with commas and with decimals, possibly followed by a scale ("250k", "1.5 million",
	 * "2bn"); or number words followed by a scale word ("one million", "two hundred and fifty thousand").
	 */
	private static final Pattern NUMBER = Pattern.compile(
			"(?<![\\p{L}\\p{N}.,/:])(?<![\\p{L}\\p{N}]-)(?<digits>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<decimals>\\d+))?"
					+ "(?:(?<suffix>k|m|mn|bn)|\\s*(?<scale>" + SCALE_WORD + "))?(?![\\p{L}\\p{N}]|[.,/:-]\\d)"
					+ "|(?<![\\p{L}\\p{N}])(?<words>" + NUMBER_WORD + "(?:[\\s-]+(?:" + NUMBER_WORD
					+ "|hundred|and))*)\\s+(?<wordscale>" + SCALE_WORD + ")(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

	static Numbers in(String query) {
		Matcher matcher = NUMBER.matcher(query);
		StringBuilder text = new StringBuilder();
		List<String> forms = new ArrayList<>();
		while (matcher.find()) {
			BigDecimal value = (matcher.group("digits") != null) ? digits(matcher) : words(matcher);
			if (value == null || forms.size() == MAX_NUMBERS || !worthExpanding(value, matcher)) {
				continue;
			}
			matcher.appendReplacement(text, " wnnum" + forms.size() + " ");
			forms.add(String.join("|", spellings(value)));
		}
		matcher.appendTail(text);
		return new Numbers(text.toString().strip().replaceAll(" {2,}", " "), List.copyOf(forms));
	}

	private static BigDecimal digits(Matcher matcher) {
		String digits = matcher.group("digits").replace(",", "");
		String decimals = matcher.group("decimals");
		BigDecimal value = new BigDecimal((decimals != null) ? digits + "." + decimals : digits);
		String scale = (matcher.group("suffix") != null) ? matcher.group("suffix") : matcher.group("scale");
		return (scale != null) ? value.multiply(scale(scale)) : value;
	}

	private static BigDecimal words(Matcher matcher) {
		long total = 0;
		long current = 0;
		for (String word : matcher.group("words").toLowerCase(Locale.ROOT).split("[\\s-]+")) {
			if (word.equals("hundred")) {
				current = Math.max(current, 1) * 100;
			}
			else if (!word.equals("and")) {
				current += WORDS.get(word);
			}
		}
		total += current;
		return BigDecimal.valueOf(total).multiply(scale(matcher.group("wordscale")));
	}

	private static BigDecimal scale(String word) {
		return switch (word.toLowerCase(Locale.ROOT).replaceFirst("s$", "")) {
			case "k", "thousand" -> THOUSAND;
			case "m", "mn", "million" -> MILLION;
			case "bn", "billion" -> BILLION;
			default -> BigDecimal.ONE;
		};
	}

	/** Numbers that are written more than one way: large ones, grouped ones, scaled ones, and small ones in words. */
	private static boolean worthExpanding(BigDecimal value, Matcher matcher) {
		if (value.signum() <= 0 || value.compareTo(LIMIT) >= 0) {
			return false;
		}
		boolean whole = value.stripTrailingZeros().scale() <= 0;
		return (whole && value.compareTo(BigDecimal.valueOf(SMALL.length)) < 0) || value.compareTo(THOUSAND) >= 0
				|| matcher.group("suffix") != null || matcher.group("scale") != null
				|| matcher.group("wordscale") != null;
	}

	/** "1000000", "1,000,000", "1 million", "one million", "1m", "1 mn", "1000 thousand" is not one of them. */
	static List<String> spellings(BigDecimal value) {
		Set<String> forms = new LinkedHashSet<>();
		boolean whole = value.stripTrailingZeros().scale() <= 0;
		if (!whole) {
			forms.add(value.stripTrailingZeros().toPlainString());
			return List.copyOf(forms);
		}
		long number = value.longValueExact();
		forms.add(Long.toString(number));
		if (number >= 1_000) {
			forms.add(String.format(Locale.ROOT, "%,d", number));
		}
		if (number < SMALL.length) {
			forms.add(SMALL[(int) number]);
		}
		scaled(forms, value, BILLION, "billion", "bn");
		scaled(forms, value, MILLION, "million", "m");
		if (number < 1_000_000) {
			scaled(forms, value, THOUSAND, "thousand", "k");
		}
		return List.copyOf(forms);
	}

	/** "250 thousand", "250k"; "1.5 million", "1.5m"; "one million" for whole multiples up to twenty. */
	private static void scaled(Set<String> forms, BigDecimal value, BigDecimal scale, String word, String suffix) {
		if (value.compareTo(scale) < 0) {
			return;
		}
		BigDecimal multiple = value.divide(scale, 1, RoundingMode.DOWN).stripTrailingZeros();
		if (multiple.multiply(scale).compareTo(value) != 0) {
			return;
		}
		String digits = multiple.toPlainString();
		forms.add(digits + " " + word);
		forms.add(digits + suffix);
		if (multiple.scale() <= 0 && multiple.intValueExact() < SMALL.length) {
			forms.add(SMALL[multiple.intValueExact()] + " " + word);
		}
	}

}
