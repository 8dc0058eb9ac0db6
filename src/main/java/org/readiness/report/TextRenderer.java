package org.readiness.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.Change;
import org.readiness.model.Conclusion;
import org.readiness.model.CriterionKind;
import org.readiness.model.CriterionResult;
import org.readiness.model.Fact;
import org.readiness.model.Finding;
import org.readiness.model.Source;
import org.readiness.model.Status;
import org.readiness.model.Verdict;

/**
 * The terminal report, readable at 80 columns: the verdict first; each criterion with its status and
 * one-line reason; then, for what is not MET, the rules, facts and sources behind it and what would
 * have to change. Status is spelled out as well as marked by symbol and colour.
 */
final class TextRenderer implements Renderer {

    private final RenderOptions options;

    TextRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String render(List<Assessment> assessments) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < assessments.size(); i++) {
            if (i > 0) {
                out.append("\n").append("═".repeat(TextBlock.WIDTH)).append("\n\n");
            }
            out.append(render(assessments.get(i)));
        }
        return out.toString();
    }

    @Override
    public String render(AssessmentDiff diff) {
        return new DiffText(options).render(diff);
    }

    private String render(Assessment a) {
        TextBlock t = new TextBlock(options.color());
        t.wrap("", 0, t.bold(TextBlock.plain(a.scenario())));
        t.line(t.dim(TextBlock.plain(a.origin()) + " · as of " + a.asOf()));
        for (String override : a.overrides()) {
            t.wrap("  " + t.yellow("what-if") + " ", 10, TextBlock.plain(override));
        }
        t.blank();
        verdict(t, a);
        t.blank();
        overview(t, a, CriterionKind.PRECONDITION, "PRECONDITIONS");
        overview(t, a, CriterionKind.STEP, "PRACTICAL STEPS");
        if (a.counterfactual() != null) {
            t.blank();
            CounterfactualText.render(t, a);
        }
        List<CriterionResult> detailed = a.criteria().stream()
                .filter(c -> options.explain() || c.status() != Status.MET)
                .toList();
        if (!detailed.isEmpty()) {
            t.blank();
            t.line(t.bold(options.explain() ? "WHY" : "WHY NOT, AND WHAT WOULD HAVE TO CHANGE"));
            Map<String, Source> sources = a.sources().stream().collect(Collectors.toMap(Source::id, s -> s));
            for (CriterionResult c : detailed) {
                t.blank();
                detail(t, c, sources);
            }
        }
        if (!a.sources().isEmpty()) {
            t.blank();
            sources(t, a.sources());
        }
        t.blank();
        t.wrap("", 0, t.dim("Evidence can make a criterion MET when a source graded " + a.evidencePolicy().minGrade()
                + " or better supports it and it is at most " + a.evidencePolicy().maxAgeDays() + " days old."));
        t.wrap("", 0, t.dim("Rules " + Phrases.shortHash(a.provenance().rulesHash()) + " · facts " + Phrases.shortHash(a.provenance().factsHash())
                + " · Readiness " + a.provenance().readinessVersion() + " · Drools " + a.provenance().droolsVersion()));
        return t.toString();
    }

    private void verdict(TextBlock t, Assessment a) {
        long blocking = a.criteria().stream().filter(c -> c.criterion().blocking()).count();
        if (a.verdict() == Verdict.GO) {
            t.line(t.bold(t.green("VERDICT: GO")) + "  all " + blocking + " blocking criteria are met");
            return;
        }
        t.line(t.bold(t.red("VERDICT: NO-GO")) + "  " + (a.notMet().size() + a.unknown().size()) + " of " + blocking
                + " blocking criteria are not met");
        t.wrap("  Evidence against (NOT MET): ", 31, a.notMet().isEmpty() ? "none" : String.join(", ", a.notMet()));
        t.wrap("  No good evidence (UNKNOWN): ", 31, a.unknown().isEmpty() ? "none" : String.join(", ", a.unknown()));
    }

    private void overview(TextBlock t, Assessment a, CriterionKind kind, String heading) {
        List<CriterionResult> criteria = a.criteria().stream().filter(c -> c.criterion().kind() == kind).toList();
        if (criteria.isEmpty()) {
            return;
        }
        boolean advisory = criteria.stream().noneMatch(c -> c.criterion().blocking());
        t.line(t.bold(heading) + (advisory ? t.dim(" (advisory)") : ""));
        for (CriterionResult c : criteria) {
            String blockingNote = c.criterion().blocking() == (kind == CriterionKind.PRECONDITION) ? ""
                    : c.criterion().blocking() ? " [blocking]" : " [advisory]";
            t.line("  " + status(t, c.status()) + "  " + TextBlock.plain(c.criterion().title()) + t.dim(" (" + c.id() + ")") + blockingNote);
            t.wrap("               ", 15, TextBlock.plain(c.summary()));
        }
    }

    private void detail(TextBlock t, CriterionResult c, Map<String, Source> sources) {
        t.line(t.bold(TextBlock.plain(c.criterion().title())) + t.dim(" (" + c.id() + ")") + ": " + status(t, c.status()).strip());
        t.wrap("  ", 2, t.dim("“" + TextBlock.plain(c.criterion().wording()) + "”"));
        List<Finding> shown = c.findings().stream()
                .filter(f -> options.explain() || c.status() != Status.NOT_MET || f.conclusion() == Conclusion.NOT_MET)
                .toList();
        Set<Fact> facts = new LinkedHashSet<>();
        for (Finding f : shown) {
            finding(t, f);
            facts.addAll(f.facts());
        }
        if (shown.isEmpty()) {
            t.wrap("  ? ", 4, TextBlock.plain(c.summary()));
        }
        if (!facts.isEmpty()) {
            t.line("  Facts:");
            for (Fact fact : facts) {
                String fields = fact.fields().entrySet().stream()
                        .map(e -> e.getKey() + ": " + TextBlock.plain(String.valueOf(e.getValue()))).collect(Collectors.joining(", "));
                t.wrap("    ", 6, TextBlock.plain(fact.id()) + " " + t.dim("(" + TextBlock.plain(fact.location().toString()) + ")"));
                if (!fields.isEmpty()) {
                    t.wrap("      ", 6, fields);
                }
                t.wrap("      sources: ", 15, fact.sources().isEmpty() ? "none"
                        : fact.sources().stream().map(id -> TextBlock.plain(cite(id, sources))).collect(Collectors.joining(", ")));
            }
        }
        if (!c.changes().isEmpty()) {
            t.line("  What would have to change:");
            for (Change change : c.changes()) {
                t.wrap("    → ", 6, TextBlock.plain(change.action()) + (change.step() == null ? "" : t.dim(" [step: " + change.step() + "]")));
            }
        }
    }

    private void finding(TextBlock t, Finding f) {
        String mark = f.conclusion() == Conclusion.MET ? (f.weak() ? t.yellow("~") : t.green("✓")) : t.red("✗");
        t.wrap("  " + mark + " ", 4, TextBlock.plain(f.reason()));
        String on = f.facts().isEmpty() ? "" : " on " + f.facts().stream().map(Fact::id).collect(Collectors.joining(", "));
        t.wrap("      ", 6, t.dim(TextBlock.plain("rule \"" + f.rule().name() + "\" (" + f.rule().location() + ")" + on)));
        for (String warning : f.warnings()) {
            t.wrap("      " + t.yellow("weak evidence:") + " ", 6, TextBlock.plain(warning));
        }
    }

    private void sources(TextBlock t, List<Source> sources) {
        t.line(t.bold("SOURCES") + t.dim(" (Admiralty grades: reliability A-F, credibility 1-6)"));
        int width = sources.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (Source s : sources) {
            String head = "  " + s.id() + " ".repeat(width - s.id().length()) + "  " + s.grade() + "  " + s.date() + "  ";
            t.wrap(head, head.length(), TextBlock.plain(s.title() + (s.publisher() == null ? "" : " — " + s.publisher())
                    + (s.url() == null ? "" : " <" + s.url() + ">")));
        }
    }

    /** What a fact set or request wrote, safe to print: every string of the assessment passes here. */
    private static String cite(String id, Map<String, Source> sources) {
        Source s = sources.get(id);
        return s == null ? id : id + " (" + s.grade() + ", " + s.date() + ")";
    }

    private static String status(TextBlock t, Status status) {
        return switch (status) {
            case MET -> t.green("✓ MET    ");
            case NOT_MET -> t.red("✗ NOT MET");
            case UNKNOWN -> t.yellow("? UNKNOWN");
        };
    }

}
