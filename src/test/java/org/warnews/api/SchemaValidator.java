package org.warnews.api;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 description (whose schemas are JSON Schema 2020-12) with
 * networknt's validator, strictly: formats are asserted, and an object may have no property the description does
 * not declare, which JSON Schema allows unless told otherwise. springdoc describes every {@code java.net.URI} as
 * {@code format: uri} (absolute), also a problem's {@code instance}, which RFC 9457 makes a URI reference, such as
 * the request's path: a {@code uri} is checked as a URI reference.
 */
final class SchemaValidator {

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private final JsonNode components;

	SchemaValidator(JsonNode openApi) {
		this.components = strict(openApi.path("components").deepCopy());
	}

	/** The problems found, each with the JSON path where it was found; empty when the value matches. */
	List<Error> validate(JsonNode value, JsonNode schema) {
		// The schema is the root of a document that also holds the description's components, so that its
		// references (#/components/schemas/...) point where they point in the description.
		ObjectNode document = (ObjectNode) strict(schema.deepCopy());
		document.set("components", this.components);
		return SCHEMAS.getSchema(document).validate(value);
	}

	/** Closes every object schema that does not say which other properties it allows; a uri is a reference. */
	private static JsonNode strict(JsonNode schema) {
		if (schema instanceof ObjectNode object) {
			if ((object.has("properties") || object.path("type").asString("").equals("object"))
					&& !object.has("additionalProperties")) {
				object.put("additionalProperties", false);
			}
			if (object.path("format").asString("").equals("uri")) {
				object.put("format", "uri-reference");
			}
		}
		schema.forEach(SchemaValidator::strict);
		return schema;
	}

}
