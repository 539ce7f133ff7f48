package org.warnews.discovery;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses XML with the JDK's parser, namespace-aware and strict (no DTDs): a malformed document fails the test. */
final class XmlDocuments {

	private XmlDocuments() {
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		var builder = factory.newDocumentBuilder();
		return builder.parse(new InputSource(new StringReader(xml)));
	}

	/** The element children of a node with this namespace and local name. */
	static List<Element> children(Node parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** The text of the one child element with this name. */
	static String text(Node parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		if (found.size() != 1) {
			throw new AssertionError("Expected exactly one <" + name + "> in <" + parent.getNodeName() + ">, found "
					+ found.size());
		}
		return found.get(0).getTextContent();
	}

}
