package org.warnews.model;

import java.util.Arrays;

import jakarta.persistence.AttributeConverter;

/**
 * What kind of claimant an actor is. Stored as its code ('person', …), which is also what the API and the open
 * data show and what the message keys use ({@code attribution.person}, {@code actor.kind.person}).
 */
public enum ActorKind {

	PERSON("person"), ORGANISATION("organisation"), STATE("state"), PUBLICATION("publication");

	private final String code;

	ActorKind(String code) {
		this.code = code;
	}

	public String getCode() {
		return this.code;
	}

	public static ActorKind of(String code) {
		return Arrays.stream(values())
			.filter(kind -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown actor kind " + code));
	}

	/** The column holds the code: JPA's {@code EnumType.STRING} would store the constant's name ('PERSON'). */
	public static class Column implements AttributeConverter<ActorKind, String> {

		@Override
		public String convertToDatabaseColumn(ActorKind kind) {
			return (kind != null) ? kind.code : null;
		}

		@Override
		public ActorKind convertToEntityAttribute(String code) {
			return (code != null) ? of(code) : null;
		}

	}

}
