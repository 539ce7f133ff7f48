package org.warnews.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;
import org.warnews.model.Sha256;

/**
 * The migration that first loaded the first source's verbatim text ({@code db/sources/<slug>/text.txt}, once
 * {@code db/sources/<slug>.txt}) into the {@code source} table, kept so that a new database is built as every
 * existing one was: V3 then seeds its claims, and the editorial files take over from there (V34 and
 * {@code org.warnews.editorial}). The date, headline and standfirst are read from the file's own first two lines.
 * The database checks the stored body against the file's SHA-256.
 */
class SourceFileMigration implements JavaMigration {

	private static final Pattern FIRST_LINE = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2}) (.+)$");

	private final MigrationVersion version;

	private final String fileName;

	SourceFileMigration(String version, String fileName) {
		this.version = MigrationVersion.fromVersion(version);
		this.fileName = fileName;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return "source " + this.fileName;
	}

	@Override
	public Integer getChecksum() {
		return HexFormat.fromHexDigits(Sha256.of(bytes()).substring(0, 8));
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		byte[] bytes = bytes();
		String body = new String(bytes, StandardCharsets.UTF_8);
		String[] lines = body.split("\n", 3);
		Matcher first = FIRST_LINE.matcher(lines[0]);
		if (lines.length < 3 || !first.matches()) {
			throw new IllegalStateException(this.fileName + " must start with a line 'date YYYY-MM-DD headline' "
					+ "followed by the standfirst");
		}
		String sql = """
				INSERT INTO source (slug, file_name, headline, standfirst, published_on, body, sha256)
				VALUES (?, ?, ?, ?, ?, ?, ?)""";
		try (PreparedStatement insert = context.getConnection().prepareStatement(sql)) {
			insert.setString(1, this.fileName.replaceFirst("\\.txt$", ""));
			insert.setString(2, this.fileName);
			insert.setString(3, first.group(2));
			insert.setString(4, lines[1]);
			insert.setDate(5, Date.valueOf(LocalDate.parse(first.group(1))));
			insert.setString(6, body);
			insert.setString(7, Sha256.of(bytes));
			insert.executeUpdate();
		}
	}

	private byte[] bytes() {
		String path = "db/sources/" + this.fileName.replaceFirst("\\.txt$", "") + "/text.txt";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read source file " + path, ex);
		}
	}

}
