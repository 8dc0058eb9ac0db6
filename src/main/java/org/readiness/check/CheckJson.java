package org.readiness.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.readiness.model.Problem;
import org.readiness.report.Json;

/** The {@code readiness.check/1} JSON report (schema/check.schema.json), written field by field. */
final class CheckJson {

    static final String SCHEMA_VERSION = "readiness.check/1";

    private CheckJson() {
    }

    static String render(CheckReport report) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("rules", report.rules());
        root.put("outcome", report.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        root.put("rulesCompile", report.rulesCompile());
        root.put("rulesLoad", report.rulesLoad());
        root.put("errors", report.count(Severity.ERROR));
        root.put("warnings", report.count(Severity.WARNING));
        root.put("explained", report.count(Severity.NOTE));
        ArrayNode facts = root.putArray("factFiles");
        report.factFiles().forEach(facts::add);
        ArrayNode tests = root.putArray("testFiles");
        report.testFiles().forEach(tests::add);
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : report.diagnostics()) {
            Problem p = d.problem();
            ObjectNode n = diagnostics.addObject();
            n.put("code", p.code().id());
            n.put("severity", d.severity().id());
            n.put("file", p.location().file());
            if (p.location().line() > 0) {
                n.put("line", p.location().line());
            }
            if (p.location().column() > 0) {
                n.put("column", p.location().column());
            }
            if (p.path() != null && !p.path().isEmpty()) {
                n.put("path", p.path());
            }
            n.put("message", p.message());
            if (p.hint() != null && !p.hint().isEmpty()) {
                n.put("hint", p.hint());
            }
            if (d.example() != null) {
                n.put("example", d.example());
            }
            if (d.explanation() != null) {
                n.put("explanation", d.explanation());
            }
        }
        ArrayNode analysis = root.putArray("analysis");
        for (CriterionAnalysis a : report.analysis()) {
            ObjectNode n = analysis.addObject();
            n.put("criterion", a.criterion());
            ArrayNode reads = n.putArray("reads");
            for (CriterionAnalysis.Read r : a.reads()) {
                ObjectNode read = reads.addObject();
                read.put("type", r.type());
                read.put("field", r.field());
                ArrayNode values = read.putArray("values");
                r.values().forEach(values::add);
                read.put("bounded", r.bounded());
            }
            ObjectNode maxFacts = n.putObject("maxFacts");
            a.maxFacts().forEach(maxFacts::put);
            n.put("evaluated", a.evaluated());
            n.put("space", a.space());
            n.put("exhaustive", a.exhaustive());
            if (!a.exhaustive()) {
                n.put("exhaustiveUpToFacts", a.exhaustiveUpTo());
                n.put("seed", a.seed());
            }
            n.put("gaps", a.gaps());
            n.put("conflicts", a.conflicts());
            ArrayNode notes = n.putArray("notes");
            a.notes().forEach(notes::add);
        }
        return Json.write(root);
    }
}
