package org.warnews.editorial;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * The little JDBC the loader needs: statements with positional parameters, and arrays for one multi-row statement
 * per source ({@code INSERT ... SELECT FROM unnest(...)}), so the statement-level search triggers index a source's
 * claims in one pass. Flyway hands Java migrations a plain JDBC connection, so there is no JdbcTemplate here.
 */
final class Sql {

	/** Reads one row of a result. */
	interface Row<T> {

		T read(ResultSet row) throws SQLException;

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Connection connection;

	Sql(Connection connection) {
		this.connection = connection;
	}

	<T> List<T> query(String sql, Row<T> row, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters); ResultSet result = statement.executeQuery()) {
			List<T> rows = new ArrayList<>();
			while (result.next()) {
				rows.add(row.read(result));
			}
			return rows;
		}
	}

	int update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = prepare(sql, parameters)) {
			return statement.executeUpdate();
		}
	}

	/** A text array parameter; cast it in SQL to the column's type ({@code ?::date[]}). */
	Array texts(Collection<?> values) throws SQLException {
		return this.connection.createArrayOf("text",
				values.stream().map(value -> (value != null) ? value.toString() : null).toArray());
	}

	/** A value as JSON text, for a {@code ?::jsonb} parameter. */
	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** One column of many rows, as a text array parameter. */
	<T> Array column(List<T> rows, Function<T, ?> value) throws SQLException {
		return texts(rows.stream().map(value).toList());
	}

	private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
		PreparedStatement statement = this.connection.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
		return statement;
	}

}
