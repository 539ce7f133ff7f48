package org.warnews.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 description, strictly: types (and formats), enums,
 * bounds, required properties, and no property the description does not declare. Enough of JSON Schema for the
 * schemas springdoc writes; anything else it meets fails loudly rather than passing silently.
 */
final class SchemaValidator {

	private final JsonNode openApi;

	SchemaValidator(JsonNode openApi) {
		this.openApi = openApi;
	}

	/** The problems found, each with the JSON path where it was found; empty when the value matches. */
	List<String> validate(JsonNode value, JsonNode schema) {
		List<String> problems = new ArrayList<>();
		validate(value, schema, "$", problems);
		return problems;
	}

	JsonNode resolve(JsonNode schema) {
		while (schema.has("$ref")) {
			String ref = schema.get("$ref").asString();
			if (!ref.startsWith("#/")) {
				throw new IllegalArgumentException("Unsupported $ref " + ref);
			}
			JsonNode target = this.openApi;
			for (String part : ref.substring(2).split("/")) {
				target = target.path(part);
			}
			if (target.isMissingNode()) {
				throw new IllegalArgumentException("Unresolved $ref " + ref);
			}
			schema = target;
		}
		return schema;
	}

	private void validate(JsonNode value, JsonNode schema, String path, List<String> problems) {
		schema = resolve(schema);
		List<String> types = types(schema);
		if (value.isNull()) {
			if (!types.contains("null")) {
				problems.add(path + ": null is not allowed");
			}
			return;
		}
		if (types.isEmpty()) {
			if (schema.has("properties")) {
				types = List.of("object");
			}
			else if (schema.isEmpty() || schema.has("description") && schema.size() == 1) {
				return; // {} allows anything
			}
			else {
				throw new IllegalArgumentException(path + ": schema without a type: " + schema);
			}
		}
		String type = types.stream().filter(candidate -> matches(value, candidate)).findFirst().orElse(null);
		if (type == null) {
			problems.add(path + ": " + value + " is not of type " + types);
			return;
		}
		if (schema.has("enum")) {
			boolean listed = false;
			for (JsonNode allowed : schema.get("enum")) {
				listed |= allowed.equals(value);
			}
			if (!listed) {
				problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
			}
		}
		switch (type) {
			case "string" -> checkFormat(value.asString(), schema.path("format").asString(""), path, problems);
			case "integer", "number" -> checkBounds(value, schema, path, problems);
			case "array" -> {
				int i = 0;
				for (JsonNode element : value) {
					validate(element, schema.path("items"), path + "[" + i++ + "]", problems);
				}
			}
			case "object" -> checkObject(value, schema, path, problems);
			default -> {
			}
		}
	}

	private void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
		for (JsonNode required : schema.path("required")) {
			if (!value.has(required.asString())) {
				problems.add(path + ": required property '" + required.asString() + "' is missing");
			}
		}
		JsonNode properties = schema.path("properties");
		JsonNode additional = schema.path("additionalProperties");
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String name = property.getKey();
			if (properties.has(name)) {
				validate(property.getValue(), properties.get(name), path + "." + name, problems);
			}
			else if (additional.isObject()) {
				validate(property.getValue(), additional, path + "." + name, problems);
			}
			else if (!additional.asBoolean(false)) {
				problems.add(path + ": property '" + name + "' is not in the description");
			}
		}
	}

	private static void checkFormat(String text, String format, String path, List<String> problems) {
		try {
			switch (format) {
				case "date" -> LocalDate.parse(text);
				case "date-time" -> OffsetDateTime.parse(text);
				case "uri" -> URI.create(text);
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			problems.add(path + ": \"" + text + "\" is not a " + format);
		}
	}

	private static void checkBounds(JsonNode value, JsonNode schema, String path, List<String> problems) {
		if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
			problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
		}
		if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
			problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
		}
	}

	private static List<String> types(JsonNode schema) {
		JsonNode type = schema.path("type");
		List<String> types = new ArrayList<>();
		if (type.isString()) {
			types.add(type.asString());
		}
		else if (type.isArray()) {
			type.forEach(each -> types.add(each.asString()));
		}
		if (schema.path("nullable").asBoolean(false)) {
			types.add("null");
		}
		return types;
	}

	private static boolean matches(JsonNode value, String type) {
		return switch (type) {
			case "string" -> value.isString();
			case "integer" -> value.isIntegralNumber();
			case "number" -> value.isNumber();
			case "boolean" -> value.isBoolean();
			case "array" -> value.isArray();
			case "object" -> value.isObject();
			case "null" -> value.isNull();
			default -> throw new IllegalArgumentException("Unknown type " + type);
		};
	}

}
