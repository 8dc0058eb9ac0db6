package org.readiness.report;

import java.util.List;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.CriterionMove;
import org.readiness.model.FactChange;
import org.readiness.model.FieldChange;
import org.readiness.model.Finding;
import org.readiness.model.SourceChange;
import org.readiness.model.Verdict;

/**
 * The terminal report of {@code readiness diff}: the verdict first, then how each criterion moved and
 * the findings behind the move, then the facts and sources that changed.
 */
final class DiffText {

    private final RenderOptions options;

    DiffText(RenderOptions options) {
        this.options = options;
    }

    String render(AssessmentDiff d) {
        TextBlock t = new TextBlock(options.color());
        t.wrap("", 0, t.bold("From " + TextBlock.plain(d.from().scenario())));
        t.line(t.dim("     " + TextBlock.plain(d.from().origin()) + " · as of " + d.from().asOf()));
        t.wrap("", 0, t.bold("To   " + TextBlock.plain(d.to().scenario())));
        t.line(t.dim("     " + TextBlock.plain(d.to().origin()) + " · as of " + d.to().asOf()));
        t.blank();
        if (d.verdictChanged()) {
            t.line(t.bold("VERDICT: " + verdict(t, d.from().verdict()) + " → " + verdict(t, d.to().verdict())));
        } else {
            t.line(t.bold("VERDICT: " + verdict(t, d.to().verdict())) + "  unchanged");
        }
        t.blank();
        t.line(t.bold("HOW THE ASSESSMENT MOVED"));
        List<CriterionMove> moved = d.criteria().stream().filter(CriterionMove::moved).toList();
        for (CriterionMove move : moved) {
            String status = move.from() == move.to() ? Phrases.status(t, move.to()) + ", unchanged"
                    : Phrases.status(t, move.from()) + " → " + Phrases.status(t, move.to());
            t.wrap("  ", 4, move.criterion().title() + t.dim(" (" + move.criterion().id() + ")") + ": " + status);
            move.lost().forEach(f -> finding(t, "−", f));
            move.gained().forEach(f -> finding(t, "+", f));
        }
        int unchanged = d.criteria().size() - moved.size();
        t.line("  " + (moved.isEmpty() ? "Every criterion is as it was."
                : unchanged == 0 ? "Every criterion moved." : unchanged + (unchanged == 1 ? " criterion" : " criteria") + " unchanged."));
        t.blank();
        t.line(t.bold("WHAT CHANGED IN THE FACTS"));
        if (d.facts().isEmpty() && d.sources().isEmpty()) {
            t.line("  Nothing: the two fact sets state the same facts.");
        }
        for (FactChange change : d.facts()) {
            switch (change.kind()) {
                case ADDED -> {
                    t.wrap("  + ", 4, TextBlock.plain(change.fact()) + " (added)");
                    t.wrap("      ", 6, TextBlock.plain(Phrases.fields(change.after())));
                }
                case REMOVED -> t.wrap("  − ", 4, TextBlock.plain(change.fact()) + " (removed)");
                case CHANGED -> {
                    t.wrap("  ~ ", 4, TextBlock.plain(change.fact()));
                    fields(t, change.fields());
                }
            }
        }
        for (SourceChange change : d.sources()) {
            switch (change.kind()) {
                case ADDED -> t.wrap("  + ", 4, "source " + TextBlock.plain(change.source()) + " (" + change.after().grade() + ", "
                        + change.after().date() + "): " + TextBlock.plain(change.after().title()));
                case REMOVED -> t.wrap("  − ", 4, "source " + TextBlock.plain(change.source()) + " (removed)");
                case CHANGED -> {
                    t.wrap("  ~ ", 4, "source " + TextBlock.plain(change.source()));
                    fields(t, change.fields());
                }
            }
        }
        t.blank();
        t.wrap("", 0, t.dim("Rules " + Phrases.shortHash(d.record().rulesHash()) + " · facts " + Phrases.shortHash(d.from().factsHash())
                + " → " + Phrases.shortHash(d.to().factsHash()) + " · Readiness " + d.record().readinessVersion()));
        return t.toString();
    }

    private static void finding(TextBlock t, String mark, Finding f) {
        t.wrap("    " + mark + " ", 6, TextBlock.plain(f.reason()) + (f.weak() ? " (weak evidence)" : "")
                + t.dim(" [rule \"" + f.rule().name() + "\"]"));
    }

    /** Each field's old and new value; a note, being prose, only as added, removed or changed. */
    private static void fields(TextBlock t, List<FieldChange> fields) {
        for (FieldChange field : fields) {
            String change = !field.field().equals("note") ? TextBlock.plain(Phrases.value(field.from())) + " → " + TextBlock.plain(Phrases.value(field.to()))
                    : field.from() == null ? "added" : field.to() == null ? "removed" : "changed";
            t.wrap("      " + field.field() + ": ", 8, change);
        }
    }

    private static String verdict(TextBlock t, Verdict verdict) {
        return verdict == Verdict.GO ? t.green("GO") : t.red("NO-GO");
    }

}
