package org.readiness.report;

import java.util.List;
import org.readiness.model.Assessment;
import org.readiness.model.Counterfactual;
import org.readiness.model.CriterionEdits;
import org.readiness.model.EditGroup;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.FactEdit;
import org.readiness.model.Replay;

/** The "WHAT WOULD HAVE TO CHANGE" section of the text report: the counterfactual of a NO-GO. */
final class CounterfactualText {

    private CounterfactualText() {
    }

    static void render(TextBlock t, Assessment a) {
        Counterfactual c = a.counterfactual();
        t.line(t.bold("WHAT WOULD HAVE TO CHANGE"));
        String size = Phrases.count(c.edits().size(), "edit") + " to " + Phrases.count(c.factCount(), "fact");
        if (c.found()) {
            t.wrap("  ", 2, "The fewest fact edits that turn the verdict to GO: " + size + ".");
        } else {
            t.wrap("  ", 2, "No set of at most " + Phrases.count(c.search().maxEdits(), "edit")
                    + " within the declared values turns the verdict to GO.");
            if (!c.edits().isEmpty()) {
                t.wrap("  ", 2, "The closest: " + size + " leave " + String.join(", ", c.stillBlocking()) + " blocking.");
            }
        }
        for (EditGroup group : c.groups()) {
            t.line("  " + t.bold(String.join(", ", group.criteria())));
            edits(t, group.edits(), a.evidencePolicy());
        }
        for (CriterionEdits alone : c.criteria()) {
            if (!alone.found()) {
                t.wrap("  " + t.bold(alone.criterion()) + ": ", 4, "cannot be made MET by edits: " + alone.note() + ".");
            } else if (c.groups().stream().noneMatch(g -> g.criteria().equals(List.of(alone.criterion()))
                    && g.edits().equals(alone.edits()))) {
                t.wrap("  ", 2, "On its own, " + t.bold(alone.criterion()) + " needs " + Phrases.count(alone.edits().size(), "edit") + ":");
                edits(t, alone.edits(), a.evidencePolicy());
            }
        }
        if (!c.search().complete()) {
            t.wrap("  ", 2, t.yellow("The search stopped at its " + ("time".equals(c.search().stoppedBy()) ? "time budget"
                    : "bound of " + c.search().maxVariations() + " variations") + ": a smaller answer may exist."));
        }
        if (c.edits().isEmpty()) {
            return;
        }
        boolean confirms = c.edits().stream().anyMatch(e -> e.kind() == FactEdit.Kind.CONFIRM);
        t.wrap("  ", 2, t.dim("Edits are assumptions, not evidence: an edited fact rests on the what-if source"
                + (confirms ? " (an override confirms a fact by setting a field to the value it has)" : "")
                + ". To see the assessment they give:"));
        Replay.lines(a, 2).forEach(line -> t.line("    " + TextBlock.plain(line)));
    }

    private static void edits(TextBlock t, List<FactEdit> edits, EvidencePolicy policy) {
        for (FactEdit e : edits) {
            switch (e.kind()) {
                case SET -> t.wrap("    " + TextBlock.plain(e.fact()) + "." + e.field() + ": ", 6,
                        (e.from() == null ? "unknown" : TextBlock.plain(String.valueOf(e.from()))) + " → " + e.to());
                case ADD -> t.wrap("    + ", 6, TextBlock.plain(e.fact()) + " (a fact the set lacks)");
                case CONFIRM -> t.wrap("    ✓ ", 6, TextBlock.plain(e.fact()) + " confirmed as stated, by evidence at most " + policy.maxAgeDays()
                        + " days old from a source graded " + policy.minGrade() + " or better");
            }
        }
    }
}
