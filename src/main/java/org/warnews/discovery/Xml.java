package org.warnews.discovery;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small StAX writer for the feed and the sitemaps: the JDK escapes every text and attribute, so no content can
 * break the XML.
 */
final class Xml implements AutoCloseable {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final StringWriter out = new StringWriter();

	private final XMLStreamWriter writer;

	Xml(String rootNamespace, String root) {
		try {
			this.writer = FACTORY.createXMLStreamWriter(this.out);
			this.writer.writeStartDocument("UTF-8", "1.0");
			this.writer.setDefaultNamespace(rootNamespace);
			this.writer.writeStartElement(rootNamespace, root);
			this.writer.writeDefaultNamespace(rootNamespace);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Xml start(String element) {
		try {
			this.writer.writeStartElement(element);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	Xml attribute(String name, String value) {
		try {
			this.writer.writeAttribute(name, value);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	Xml end() {
		try {
			this.writer.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** An element with text content only. */
	Xml element(String element, String text) {
		try {
			this.writer.writeStartElement(element);
			this.writer.writeCharacters(text);
			this.writer.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** An element with no content, e.g. an Atom link. */
	Xml empty(String element, String... attributes) {
		try {
			this.writer.writeEmptyElement(element);
			for (int i = 0; i < attributes.length; i += 2) {
				this.writer.writeAttribute(attributes[i], attributes[i + 1]);
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** RFC 3339 / W3C Datetime, to the second, in UTC. */
	static String time(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** Closes the root element and the document and returns the text. */
	String finish() {
		close();
		return this.out.toString();
	}

	@Override
	public void close() {
		try {
			this.writer.writeEndDocument();
			this.writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
