package org.warnews.editorial;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.warnews.web.NotFoundException;
import org.warnews.web.Responds;
import org.warnews.web.ResponseKind;

/**
 * Publishes the JSON Schemas of the editorial files ({@code /schemas/source.schema.json} and the others), so that
 * editors can point their editor at them for completion and checking as they write.
 */
@Responds(ResponseKind.PAGE)
@Controller
class SchemaController {

	static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

	@GetMapping("/schemas/{name}.schema.json")
	ResponseEntity<byte[]> schema(@PathVariable String name) throws IOException {
		AnnotationFile.Kind kind = Arrays.stream(AnnotationFile.Kind.values())
			.filter(candidate -> candidate.schemaName().equals(name + ".schema.json"))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("schema"));
		byte[] schema = kind.resource().getContentAsByteArray();
		return ResponseEntity.ok().contentType(SCHEMA_JSON).body(schema);
	}

}
