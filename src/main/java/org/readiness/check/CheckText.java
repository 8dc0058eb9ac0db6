package org.readiness.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readiness.model.Problem;

/**
 * The check as people read it: one line per finding ({@code file:line:col: warning: message [code]}),
 * an example fact file under each analysis finding, what the analysis covered for each criterion, and a
 * closing count.
 */
final class CheckText {

    private CheckText() {
    }

    static String render(CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("readiness check: rules ").append(report.rules()).append(", ")
                .append(plural(report.factFiles().size(), "fact file")).append(", ")
                .append(plural(report.testFiles().size(), "test file")).append('\n');
        if (!report.rulesCompile()) {
            out.append("The rules do not compile: fact files and tests were not checked.\n");
        } else if (!report.rulesLoad()) {
            out.append("The rules compile but do not load: tests were not checked and the analysis did not run.\n");
        }
        if (!report.diagnostics().isEmpty()) {
            out.append('\n');
        }
        for (Diagnostic d : report.diagnostics()) {
            out.append(line(d)).append('\n');
            if (d.example() != null) {
                out.append("    example fact file:\n");
                d.example().lines().forEach(l -> out.append("      ").append(l).append('\n'));
            }
        }
        if (!report.analysis().isEmpty()) {
            out.append("\nANALYSIS: each criterion over the declared values of the fields its rules read\n");
            for (CriterionAnalysis a : report.analysis()) {
                out.append("  ").append(a.criterion()).append(": ").append(coverage(a)).append(": ")
                        .append(a.gaps() == 0 ? "no gaps" : plural(a.gaps(), "gap")).append(", ")
                        .append(a.conflicts() == 0 ? "no conflicts" : plural(a.conflicts(), "conflict")).append('\n');
                out.append("    reads ").append(reads(a)).append('\n');
                a.notes().forEach(n -> out.append("    note: ").append(n).append('\n'));
            }
        }
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long explained = report.count(Severity.NOTE);
        String notes = explained == 0 ? "" : " (" + plural(explained, "explained finding") + ")";
        out.append('\n').append(errors == 0 && warnings == 0 ? "clean: no problems found" + notes
                : plural(errors, "error") + ", " + plural(warnings, "warning") + notes).append('\n');
        return out.toString();
    }

    static String line(Diagnostic d) {
        Problem p = d.problem();
        StringBuilder out = new StringBuilder().append(p.location()).append(": ").append(d.severity().id()).append(": ");
        if (p.path() != null && !p.path().isEmpty()) {
            out.append(p.path()).append(": ");
        }
        out.append(p.message());
        if (p.hint() != null && !p.hint().isEmpty()) {
            out.append("; ").append(p.hint());
        }
        out.append(" [").append(p.code().id()).append(']');
        if (d.explanation() != null) {
            out.append("\n    explained in the rule file: ").append(d.explanation());
        }
        return out.toString();
    }

    static String coverage(CriterionAnalysis a) {
        String tried = String.format(Locale.ROOT, "%,d", a.evaluated());
        if (a.exhaustive()) {
            return "all " + tried + " fact sets";
        }
        String upTo = a.exhaustiveUpTo() < 1 ? "" : "all of up to " + plural(a.exhaustiveUpTo(), "fact") + ", then ";
        return tried + " of " + size(a.space()) + " fact sets (" + upTo + "a random sample, seed " + a.seed() + ")";
    }

    static String size(BigInteger n) {
        if (n.bitLength() < 31) {
            return String.format(Locale.ROOT, "%,d", n.intValue());
        }
        String digits = n.toString();
        return "about " + digits.charAt(0) + "." + digits.charAt(1) + "e" + (digits.length() - 1);
    }

    /** {@code Ceasefire.scope, agreedBy; Support.party (text: US, x1, x2), role} */
    private static String reads(CriterionAnalysis a) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (CriterionAnalysis.Read r : a.reads()) {
            String field = r.bounded() ? r.field() : r.field() + " (" + String.join(", ", r.values()) + ")";
            byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(field);
        }
        List<String> parts = new ArrayList<>();
        byType.forEach((type, fields) -> parts.add(type + "." + String.join(", ", fields)
                + " (up to " + plural(a.maxFacts().get(type), "fact") + ")"));
        a.maxFacts().forEach((type, n) -> {
            if (!byType.containsKey(type)) {
                parts.add(type + " (no fields; up to " + plural(n, "fact") + ")");
            }
        });
        return String.join("; ", parts);
    }

    private static String plural(long n, String word) {
        return String.format(Locale.ROOT, "%,d", n) + " " + word + (n == 1 ? "" : "s");
    }
}
