package org.survivorvoice.feedback.intake.twilio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** Reads TwiML answers through XML paths, so tests check structure rather than substrings. */
public final class TwimlXml {

    private final Document document;

    private TwimlXml(Document document) {
        this.document = document;
    }

    /** Parses the answer; fails the test when it is not well-formed XML. */
    public static TwimlXml parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new TwimlXml(
                    factory.newDocumentBuilder()
                            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not TwiML: " + xml, e);
        }
    }

    /** The string value of the path. */
    public String text(String path) {
        try {
            return (String)
                    XPathFactory.newInstance()
                            .newXPath()
                            .evaluate(path, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** How many nodes the path selects. */
    public int count(String path) {
        try {
            return ((Double)
                            XPathFactory.newInstance()
                                    .newXPath()
                                    .evaluate(
                                            "count(" + path + ")", document, XPathConstants.NUMBER))
                    .intValue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The one reply message, or null when the response sends none. */
    public String message() {
        if (count("/Response") != 1) {
            throw new AssertionError("no single <Response> root");
        }
        int messages = count("/Response/Message");
        if (messages > 1) {
            throw new AssertionError(messages + " messages");
        }
        return messages == 0 ? null : text("/Response/Message");
    }
}
