package org.warnews.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What this deployment serves, known at startup: a hash of the applied migrations (the content) and of the app's
 * own classes, templates, messages and static files (how the content is shown). Content changes only with a
 * migration and presentation only with a new jar, so every response's validators follow from this and the URL
 * alone, and two instances of the same jar on the same database agree on them.
 *
 * @param id a short hash that changes whenever a migration or the app changes
 * @param lastModified when the content or the app last changed, to the second
 */
public record ContentVersion(String id, Instant lastModified) {

	private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

	/** The app's own files, relative to the classpath roots; hashed by name and content. */
	private static final List<String> APP_FILES = List.of("org/warnews/**/*.class", "templates/**", "static/**",
			"messages*.properties");

	static ContentVersion load(JdbcTemplate jdbc, String historyTable, ResourcePatternResolver resources) {
		MessageDigest digest = sha256();
		Instant lastModified = Instant.EPOCH;
		try {
			List<Map<String, Object>> migrations = jdbc.queryForList("SELECT version, description, checksum, success, "
					+ "installed_on FROM " + historyTable + " ORDER BY installed_rank");
			for (Map<String, Object> migration : migrations) {
				update(digest, migration.get("version") + "|" + migration.get("description") + "|"
						+ migration.get("checksum") + "|" + migration.get("success"));
				if (migration.get("installed_on") instanceof Timestamp installed
						&& installed.toInstant().isAfter(lastModified)) {
					lastModified = installed.toInstant();
				}
			}
		}
		catch (DataAccessException ex) {
			// No Flyway history (migrations run elsewhere and not visible): the app files still version the output.
			log.warn("Cannot read the migration history from {}; the content version covers the app only", historyTable);
		}
		Map<String, Resource> files = appFiles(resources);
		for (Map.Entry<String, Resource> file : files.entrySet()) {
			update(digest, file.getKey());
			try (InputStream in = file.getValue().getInputStream()) {
				digest.update(in.readAllBytes());
				long modified = file.getValue().lastModified();
				if (modified > lastModified.toEpochMilli()) {
					lastModified = Instant.ofEpochMilli(modified);
				}
			}
			catch (IOException ex) {
				// A directory entry or an unreadable file: its name is hashed, which is all we can do.
			}
		}
		String id = HexFormat.of().formatHex(digest.digest(), 0, 8);
		ContentVersion version = new ContentVersion(id, lastModified.truncatedTo(ChronoUnit.SECONDS));
		log.info("Content version {} (last modified {}, {} app files)", id, version.lastModified(), files.size());
		return version;
	}

	private static Map<String, Resource> appFiles(ResourcePatternResolver resources) {
		Map<String, Resource> files = new TreeMap<>();
		for (String pattern : APP_FILES) {
			String root = pattern.substring(0, pattern.indexOf('*'));
			try {
				Arrays.stream(resources.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + pattern))
					.filter(Resource::isReadable)
					.sorted(Comparator.comparing(ContentVersion::url))
					.forEach(resource -> files.putIfAbsent(relativeName(url(resource), root), resource));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot list the app's own files " + pattern, ex);
			}
		}
		return files;
	}

	/** The name below the classpath root, so the same jar gives the same hash wherever it is installed. */
	private static String relativeName(String url, String root) {
		if (root.isEmpty()) {
			return url.substring(url.lastIndexOf('/') + 1);
		}
		int at = url.lastIndexOf("/" + root);
		return at < 0 ? url : url.substring(at + 1);
	}

	private static String url(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			return resource.getDescription();
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	/** A SHA-256 digest for this thread, reset (looked up once per thread: this runs on every request). */
	static MessageDigest sha256() {
		MessageDigest digest = SHA256.get();
		digest.reset();
		return digest;
	}

}
