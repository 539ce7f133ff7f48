package org.warnews.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * One YAML file of the editorial files: read into a tree that knows the line of every node, checked against the
 * JSON Schema of its kind (the same schema editors use in their editor), then read into its records. Every
 * problem is reported at its line.
 */
final class AnnotationFile {

	/** The kinds of file, each with its schema, kept beside the files in {@code db/sources/}. */
	enum Kind {

		SOURCE("source.schema.json"), ACTORS("actors.schema.json"), TOPICS("topics.schema.json");

		private final String schemaName;

		private volatile Schema schema;

		Kind(String schemaName) {
			this.schemaName = schemaName;
		}

		String schemaName() {
			return this.schemaName;
		}

		/** The schema file, in the jar beside the editorial files. */
		ClassPathResource resource() {
			return new ClassPathResource("db/sources/" + this.schemaName);
		}

		private Schema schema() {
			if (this.schema == null) {
				try (InputStream in = resource().getInputStream()) {
					this.schema = SCHEMAS.getSchema(in);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.schema;
		}

	}

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		// "direct" left out is false, as the schema's default says.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final String name;

	private final JsonNode tree;

	private AnnotationFile(String name, JsonNode tree) {
		this.name = name;
		this.tree = tree;
	}

	/**
	 * Reads a file of the given kind into its record, or reports why it cannot and returns null.
	 * @param name how problems name the file, e.g. {@code db/sources/<slug>/source.yaml}
	 */
	static <T> Read<T> read(String name, String text, Kind kind, Class<T> type, List<Problem> problems) {
		JsonNode tree;
		try {
			tree = JsonNodes.readTree(YAML, text, LocationJsonNodeFactoryFactory.getInstance());
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			problems.add(new Problem(name, (at != null) ? Math.max(1, at.getLineNr()) : 1,
					"this is not valid YAML: " + ex.getOriginalMessage()
							+ ". Check the indentation, and put text that contains ': ' or starts with a quote mark in quotes."));
			return null;
		}
		AnnotationFile file = new AnnotationFile(name, tree);
		if (tree == null || tree.isMissingNode()) {
			problems.add(new Problem(name, 1, "the file is empty; see " + kind.schemaName() + " for what it holds."));
			return null;
		}
		List<Error> errors = kind.schema().validate(tree);
		for (Error error : errors) {
			problems.add(new Problem(name, file.line(error.getInstanceNode()),
					describe(error) + " (the format is " + kind.schemaName() + ")."));
		}
		if (!errors.isEmpty()) {
			return null;
		}
		try {
			return new Read<>(file, YAML.treeToValue(tree, type));
		}
		catch (JacksonException ex) {
			problems.add(new Problem(name, file.line(tree), "cannot be read: " + ex.getOriginalMessage()));
			return null;
		}
	}

	/** A file read into its record, with the lines of its parts. */
	record Read<T>(AnnotationFile file, T value) {
	}

	String name() {
		return this.name;
	}

	/** The line of the node at a JSON pointer such as {@code /items/0/claims/3/quote}, or of its nearest parent. */
	int line(String pointer) {
		String path = pointer;
		while (!path.isEmpty()) {
			JsonNode node = this.tree.at(path);
			if (!node.isMissingNode()) {
				return line(node);
			}
			path = path.substring(0, path.lastIndexOf('/'));
		}
		return line(this.tree);
	}

	private static int line(JsonNode node) {
		TokenStreamLocation location = (node != null) ? JsonNodes.tokenStreamLocationOf(node) : null;
		return (location != null && location.getLineNr() > 0) ? location.getLineNr() : 1;
	}

	/** "items[0].claims[2].kind: ..." reads better than the validator's "$.items[0]..." and points at the part. */
	private static String describe(Error error) {
		String where = error.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
		String message = error.getMessage();
		String prefix = error.getInstanceLocation().toString() + ": ";
		if (message.startsWith(prefix)) {
			message = message.substring(prefix.length());
		}
		return where.isEmpty() ? message : where + ": " + message;
	}

}
