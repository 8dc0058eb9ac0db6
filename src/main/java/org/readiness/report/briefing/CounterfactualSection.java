package org.readiness.report.briefing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.readiness.model.Counterfactual;
import org.readiness.model.CriterionEdits;
import org.readiness.model.EditGroup;
import org.readiness.model.FactEdit;
import org.readiness.model.Replay;
import org.readiness.model.SearchRecord;

/**
 * What would have to change for GO, as a briefing shows it (design §5): the fewest fact edits that turn a
 * NO-GO into GO, grouped by the blocking criteria they serve and then by fact, or, when none exists
 * within the search's bounds, the closest and what it leaves blocking; whether the search finished; per
 * blocking criterion, its own fewest edits; and the what-if overrides that replay the answer. One wording
 * for HTML and Markdown, as the text report's "WHAT WOULD HAVE TO CHANGE" says it for a terminal.
 */
public record CounterfactualSection(ScenarioBriefing scenario, Counterfactual counterfactual) {


    /** The section's anchor, which the line under the verdict links to. */
    public String anchor() {
        return scenario.anchorPrefix() + "what-would-have-to-change";
    }

    /** "17 edits to 7 facts". */
    public String size() {
        return Words.count(counterfactual.edits().size(), "edit") + " to " + Words.count(counterfactual.factCount(), "fact");
    }

    /** The line under the verdict: "GO would take 17 edits to 7 facts". */
    public String headline() {
        Counterfactual c = counterfactual;
        if (c.found()) {
            return "GO would take " + size() + (c.search().complete() ? "" : ", perhaps fewer (the search stopped early)");
        }
        String none = c.search().complete() ? "No GO within " + Words.count(c.search().maxEdits(), "edit")
                : "No GO found before the search stopped";
        if (c.edits().isEmpty()) {
            return none;
        }
        int left = c.stillBlocking().size();
        return none + ": the closest, " + size() + ", still " + (c.edits().size() == 1 ? "leaves " : "leave ")
                + left + (left == 1 ? " blocking criterion" : " blocking criteria") + " not met";
    }

    /** What the comparison's matrix says of this scenario: "17 edits to 7 facts", "no GO within 24 edits". */
    public String brief() {
        Counterfactual c = counterfactual;
        if (c.found()) {
            return size() + (c.search().complete() ? "" : " or fewer");
        }
        return c.search().complete() ? "no GO within " + Words.count(c.search().maxEdits(), "edit") : "none found: the search stopped early";
    }

    /** The section's first sentence. */
    public String lead() {
        Counterfactual c = counterfactual;
        if (c.found()) {
            long confirmations = c.edits().stream().filter(e -> e.kind() == FactEdit.Kind.CONFIRM).count();
            return (c.search().complete() ? "The fewest fact edits that turn the verdict to GO: " : "Fact edits that turn the verdict to GO: ")
                    + size() + (confirmations == 0 ? "" : confirmations == c.edits().size() ? ", all of them confirmations of facts as stated"
                    : ", " + confirmations + " of them confirmations of facts as stated") + ".";
        }
        return c.search().complete()
                ? "No set of at most " + Words.count(c.search().maxEdits(), "edit") + " within the declared values turns the verdict to GO."
                : "The search found no fact edits that turn the verdict to GO before it stopped.";
    }

    /** "The closest: 14 edits to 4 facts, which still leave Broad international support blocking."; null when GO was found or nothing helps. */
    public String closest() {
        Counterfactual c = counterfactual;
        if (c.found() || c.edits().isEmpty()) {
            return null;
        }
        return "The closest: " + size() + ", which still " + (c.edits().size() == 1 ? "leaves " : "leave ")
                + Words.and(scenario.titles(c.stillBlocking())) + " blocking.";
    }

    /** Why the answer may not be the last word: the search was cut short. Null when it finished. */
    public String stopped() {
        SearchRecord s = counterfactual.search();
        if (s.complete()) {
            return null;
        }
        String bound = "time".equals(s.stoppedBy()) ? "time budget of " + duration(s.timeBudgetMillis())
                : "bound of " + String.format(Locale.ROOT, "%,d", s.maxVariations()) + " variations";
        return "The search stopped at its " + bound + " before it finished, so "
                + (counterfactual.found() ? "a smaller set of edits may exist." : "edits that give GO may still exist.");
    }

    /** "Safety of the force cannot be made MET by fact edits: it needs a ThreatAssessment fact, …". */
    public List<String> unreachable() {
        return counterfactual.criteria().stream().filter(e -> !e.found())
                .map(e -> scenario.title(e.criterion()) + " cannot be made MET by fact edits: " + e.note() + ".").toList();
    }

    /** The edits, by the blocking criteria they serve, then by fact. */
    public List<Group> groups() {
        return counterfactual.groups().stream().map(this::group).toList();
    }

    private Group group(EditGroup g) {
        return new Group("For " + Words.and(scenario.titles(g.criteria())),
                Words.count(g.edits().size(), "edit") + " to " + Words.count(g.edits().stream().map(FactEdit::fact).distinct().count(), "fact"),
                FactEdits.of(g.edits()));
    }

    /** What confirming a fact takes, when the edits confirm any; else null. */
    public String confirmNote() {
        if (counterfactual.edits().stream().noneMatch(e -> e.kind() == FactEdit.Kind.CONFIRM)) {
            return null;
        }
        var policy = scenario.assessment().evidencePolicy();
        return "A confirmation changes nothing in a fact: it stands for new evidence that the fact holds as stated, at most "
                + policy.maxAgeDays() + " days old and from a source graded " + policy.minGrade() + " or better.";
    }

    /** Why the edits are not a plan by themselves. */
    public String assumptions() {
        return "Edits are assumptions, not evidence: an edited, added or confirmed fact rests on the reserved what-if source "
                + "until evidence for it is gathered.";
    }

    /** How to replay the edits, said before the command; a confirmation is an override that sets a field to the value it has. */
    public String replayNote() {
        boolean confirms = counterfactual.edits().stream().anyMatch(e -> e.kind() == FactEdit.Kind.CONFIRM);
        return "To see the assessment the edits give, replay them as what-if overrides"
                + (confirms ? " (a confirmation sets a field to the value it already has)" : "") + ":";
    }

    /**
     * The command that replays the edits (after the overrides the assessment already assumed), one
     * override a line, each quoted for a POSIX shell; empty when there is nothing to replay.
     */
    public List<String> replay() {
        return Replay.lines(scenario.assessment(), 4);
    }

    /** The replay as one block of text. */
    public String replayText() {
        return String.join("\n", replay());
    }

    /** A blocking criterion's own fewest edits, where the search looked for them. */
    public Optional<CriterionView> criterion(String id) {
        return counterfactual.criteria().stream().filter(e -> e.criterion().equals(id)).findFirst().map(this::criterion);
    }

    private CriterionView criterion(CriterionEdits alone) {
        if (!alone.found()) {
            return new CriterionView("Fact edits cannot make it MET: " + alone.note() + ".", List.of());
        }
        boolean same = counterfactual.groups().stream()
                .anyMatch(g -> g.criteria().equals(List.of(alone.criterion())) && g.edits().equals(alone.edits()));
        String size = Words.count(alone.edits().size(), "edit") + " to "
                + Words.count(alone.edits().stream().map(FactEdit::fact).distinct().count(), "fact");
        return new CriterionView("The fewest fact edits that make it MET on its own: " + size
                + (same ? ", the same as its part of " + (counterfactual.found() ? "the GO answer" : "the closest answer") : "") + ".",
                FactEdits.of(alone.edits()));
    }

    private static String duration(long millis) {
        return millis % 1000 == 0 ? Words.count(millis / 1000, "second") : millis + " ms";
    }

    /**
     * Edits that serve the same blocking criteria.
     *
     * @param heading "For Genuine ceasefire"
     * @param size    "4 edits to 1 fact"
     */
    public record Group(String heading, String size, List<FactEdits> facts) {

        public Group {
            facts = List.copyOf(facts);
        }
    }

    /**
     * What one blocking criterion needs on its own.
     *
     * @param summary how many edits, or why none will do
     * @param facts   the edits by fact; empty when none will do
     */
    public record CriterionView(String summary, List<FactEdits> facts) {

        public CriterionView {
            facts = List.copyOf(facts);
        }
    }
}
