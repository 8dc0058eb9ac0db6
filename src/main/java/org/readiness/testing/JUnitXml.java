package org.readiness.testing;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A test run as JUnit XML, the report format CI systems read: one {@code <testsuite>} per test file, one
 * {@code <testcase>} per case, a {@code <failure>} with what was expected and what happened. Written
 * with the JDK's XML writer, which escapes what needs escaping.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String render(TestReport report) {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        report.results().forEach(r -> byFile.computeIfAbsent(r.testCase().file(), f -> new ArrayList<>()).add(r));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "readiness test");
            xml.writeAttribute("tests", String.valueOf(report.results().size()));
            xml.writeAttribute("failures", String.valueOf(report.failed()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(report.results().stream().mapToLong(CaseResult::nanos).sum()));
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<CaseResult>> suite : byFile.entrySet()) {
                List<CaseResult> cases = suite.getValue();
                xml.writeCharacters("  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                xml.writeAttribute("tests", String.valueOf(cases.size()));
                xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> !c.passed()).count()));
                xml.writeAttribute("errors", "0");
                xml.writeAttribute("skipped", "0");
                xml.writeAttribute("time", seconds(cases.stream().mapToLong(CaseResult::nanos).sum()));
                xml.writeCharacters("\n");
                for (CaseResult c : cases) {
                    xml.writeCharacters("    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("name", c.testCase().name());
                    xml.writeAttribute("classname", suite.getKey());
                    xml.writeAttribute("file", suite.getKey());
                    xml.writeAttribute("line", String.valueOf(c.testCase().location().line()));
                    xml.writeAttribute("time", seconds(c.nanos()));
                    if (!c.passed()) {
                        xml.writeCharacters("\n      ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", c.failures().get(0));
                        xml.writeAttribute("type", "expectation");
                        xml.writeCharacters("at " + c.testCase().location() + "\n" + String.join("\n", c.failures()));
                        xml.writeEndElement();
                        xml.writeCharacters("\n    ");
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text.toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
