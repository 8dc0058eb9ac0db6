package org.readiness.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.readiness.model.RuleInfo;
import org.readiness.report.Json;

/** The {@code readiness.tests/1} JSON report (schema/tests.schema.json), written field by field. */
final class TestJson {

    static final String SCHEMA_VERSION = "readiness.tests/1";

    private TestJson() {
    }

    static String render(TestReport report) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("passed", report.passed());
        root.put("failed", report.failed());
        root.put("success", report.success());
        ArrayNode cases = root.putArray("cases");
        for (CaseResult r : report.results()) {
            ObjectNode c = cases.addObject();
            c.put("name", r.testCase().name());
            c.put("file", r.testCase().file());
            c.put("line", r.testCase().location().line());
            c.put("outcome", r.passed() ? "PASS" : "FAIL");
            ArrayNode failures = c.putArray("failures");
            r.failures().forEach(failures::add);
            ArrayNode fired = c.putArray("fired");
            r.fired().forEach(fired::add);
        }
        Coverage coverage = report.coverage();
        ObjectNode cov = root.putObject("coverage");
        cov.put("rules", coverage.rules());
        cov.put("fired", coverage.fired());
        cov.put("percent", Math.floor(coverage.percent() * 10) / 10);
        if (report.threshold() != null) {
            cov.put("threshold", report.threshold());
            cov.put("belowThreshold", report.coverageBelowThreshold());
        }
        ArrayNode notFired = cov.putArray("notFired");
        for (RuleInfo rule : coverage.notFired()) {
            ObjectNode n = notFired.addObject();
            n.put("rule", rule.name());
            n.put("file", rule.location().file());
            n.put("line", rule.location().line());
        }
        return Json.write(root);
    }
}
