package org.readiness.testing;

import org.readiness.model.RuleInfo;

/**
 * One line per case, {@code PASS} or {@code FAIL} and its stable name, with what was expected and what
 * happened under each failure; then coverage; then the closing line {@code N passed, N failed}.
 */
final class TestText {

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private TestText() {
    }

    static String render(TestReport report, boolean color) {
        StringBuilder out = new StringBuilder();
        for (CaseResult r : report.results()) {
            String word = r.passed() ? "PASS" : "FAIL";
            out.append(color ? (r.passed() ? GREEN : RED) + word + RESET : word).append("  ").append(r.testCase().id()).append('\n');
            if (!r.passed()) {
                out.append("      at ").append(r.testCase().location()).append('\n');
                r.failures().forEach(f -> out.append("      ").append(f).append('\n'));
            }
        }
        Coverage coverage = report.coverage();
        out.append("coverage: ").append(coverage.fired()).append(" of ").append(coverage.rules())
                .append(" rules fired (").append(coverage.percentText()).append("%)");
        if (report.threshold() != null) {
            out.append(report.coverageBelowThreshold() ? ", below the threshold of " : ", threshold ")
                    .append(Coverage.format(report.threshold())).append('%');
        }
        out.append('\n');
        for (RuleInfo rule : coverage.notFired()) {
            out.append("  not fired: rule \"").append(rule.name()).append("\" (").append(rule.location()).append(")\n");
        }
        out.append(report.passed()).append(" passed, ").append(report.failed()).append(" failed\n");
        return out.toString();
    }
}
