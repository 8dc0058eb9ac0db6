package org.readiness.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readiness.model.CriterionOdds;
import org.readiness.model.FieldSensitivity;
import org.readiness.model.SweepMethod;
import org.readiness.model.SweepResult;
import org.readiness.model.ValueOdds;

/**
 * The terminal report of {@code readiness sweep}: how likely GO is and how sure that figure is, which
 * criteria block most often, and which uncertain fields move the verdict most.
 */
final class SweepText {

    private final RenderOptions options;

    SweepText(RenderOptions options) {
        this.options = options;
    }

    String render(SweepResult s) {
        TextBlock t = new TextBlock(options.color());
        t.wrap("", 0, t.bold(TextBlock.plain(s.scenario())));
        t.line(t.dim(TextBlock.plain(s.origin()) + " · as of " + s.asOf()));
        for (String override : s.overrides()) {
            t.wrap("  " + t.yellow("what-if") + " ", 10, TextBlock.plain(override));
        }
        t.blank();
        if (s.method() == SweepMethod.EXACT) {
            t.wrap("", 0, "Every combination of the " + Phrases.count(s.sensitivity().size(), "uncertain field") + " ("
                    + String.format(Locale.ROOT, "%,d", s.cases()) + ") evaluated, weighted by its probability.");
        } else {
            t.wrap("", 0, String.format(Locale.ROOT, "%,d", s.cases()) + " random combinations of the "
                    + Phrases.count(s.sensitivity().size(), "uncertain field") + " evaluated (seed " + s.seed() + ").");
        }
        t.blank();
        String interval = s.method() == SweepMethod.EXACT ? "exact"
                : "95% interval " + Phrases.percent(s.goInterval().lower()) + " to " + Phrases.percent(s.goInterval().upper())
                + " (Wilson)";
        t.line(t.bold("P(GO) = " + Phrases.percent(s.go())) + "  " + interval);
        t.blank();
        List<CriterionOdds> blockers = s.blockers();
        t.wrap("", 2, t.bold("BLOCKS MOST OFTEN") + t.dim(" (how often each blocking criterion is not MET, and how often it is the only one)"));
        if (blockers.isEmpty()) {
            t.line("  nothing: every blocking criterion is MET in every case");
        }
        int width = s.criteria().stream().mapToInt(c -> c.criterion().id().length()).max().orElse(0);
        for (CriterionOdds c : blockers) {
            t.line("  " + pad(c.criterion().id(), width) + "  " + pad(Phrases.percent(c.blocks()), 7)
                    + t.dim("alone " + Phrases.percent(c.soleBlocker())));
        }
        t.blank();
        t.line(t.bold("CRITERIA") + t.dim(" (how often MET / NOT MET / UNKNOWN)"));
        for (CriterionOdds c : s.criteria()) {
            t.line("  " + pad(c.criterion().id(), width) + "  " + pad(Phrases.percent(c.met()), 7) + pad(Phrases.percent(c.notMet()), 7)
                    + Phrases.percent(c.unknown()) + (c.criterion().blocking() ? "" : t.dim("  (advisory)")));
        }
        t.blank();
        t.wrap("", 2, t.bold("WHAT MOVES THE VERDICT") + t.dim(" (the share of the verdict's variance each field explains on its own)"));
        if (s.sensitivity().isEmpty()) {
            t.line("  No field is uncertain: the sweep is one evaluation.");
        } else if (s.go() < 1e-9 || s.go() > 1 - 1e-9) {
            t.wrap("  ", 2, "Nothing: the verdict is " + (s.go() > 0.5 ? "GO" : "NO-GO") + " in every case, whatever values "
                    + s.sensitivity().stream().map(f -> TextBlock.plain(f.field().path())).collect(Collectors.joining(", ")) + " take.");
        } else {
            for (FieldSensitivity f : s.sensitivity()) {
                t.wrap("  " + pad(Phrases.percent(f.index()), 7), 9, TextBlock.plain(f.field().path()));
                t.wrap("         ", 9, t.dim("P(GO) if " + f.values().stream().map(SweepText::given).collect(Collectors.joining(", "))));
            }
        }
        t.blank();
        t.wrap("", 0, t.dim("Rules " + Phrases.shortHash(s.record().rulesHash()) + " · facts " + Phrases.shortHash(s.record().factsHash())
                + " · Readiness " + s.record().readinessVersion() + " · Drools " + s.record().droolsVersion()));
        return t.toString();
    }

    private static String given(ValueOdds v) {
        return v.value() + " (" + Phrases.percent(v.probability()) + "): " + (v.go() == null ? "not drawn" : Phrases.percent(v.go()));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length() + 1));
    }

}
