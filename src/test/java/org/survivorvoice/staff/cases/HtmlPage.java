package org.survivorvoice.staff.cases;

import io.restassured.path.xml.XmlPath;
import io.restassured.path.xml.XmlPath.CompatibilityMode;
import java.util.List;

/**
 * A page read as a tree (REST Assured's HTML mode of XmlPath) so that the tests check elements by
 * id and attribute, not strings somewhere in the markup.
 */
final class HtmlPage {

    private final XmlPath tree;

    private HtmlPage(String html) {
        this.tree = new XmlPath(CompatibilityMode.HTML, html);
    }

    static HtmlPage of(String html) {
        return new HtmlPage(html);
    }

    /** The text of the element with the id, whitespace collapsed; empty when there is none. */
    String text(String id) {
        String text = tree.getString("**.find { it.@id == '" + id + "' }");
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Whether an element has the id. */
    boolean has(String id) {
        return count("it.@id == '" + id + "'") > 0;
    }

    /** An attribute of the element with the id. */
    String attr(String id, String attribute) {
        return tree.getString("**.find { it.@id == '" + id + "' }.@" + attribute);
    }

    /** How many elements match the Groovy condition over {@code it}. */
    int count(String condition) {
        return tree.getInt("**.findAll { " + condition + " }.size()");
    }

    /** The ids of the table rows that have one, in page order. */
    List<String> rowIds() {
        return tree.getList("**.findAll { it.name() == 'tr' && it.@id != '' }*.@id", String.class);
    }
}
