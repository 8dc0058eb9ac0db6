package org.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.readiness.model.Counterfactual;
import org.readiness.model.CriterionEdits;
import org.readiness.model.EditGroup;
import org.readiness.model.FactEdit;
import org.readiness.model.SearchRecord;

/** The {@code counterfactual} field of {@code readiness.assessment/1} (schema/assessment.schema.json). */
final class CounterfactualJson {

    private CounterfactualJson() {
    }

    static ObjectNode of(Counterfactual c) {
        ObjectNode node = AssessmentJson.MAPPER.createObjectNode();
        node.put("found", c.found());
        node.put("editCount", c.edits().size());
        node.put("factCount", c.factCount());
        ArrayNode groups = node.putArray("groups");
        for (EditGroup group : c.groups()) {
            ObjectNode g = groups.addObject();
            AssessmentJson.strings(g.putArray("criteria"), group.criteria());
            edits(g.putArray("edits"), group.edits());
        }
        AssessmentJson.strings(node.putArray("stillBlocking"), c.stillBlocking());
        AssessmentJson.strings(node.putArray("overrides"), c.overrides());
        ArrayNode criteria = node.putArray("criteria");
        for (CriterionEdits alone : c.criteria()) {
            ObjectNode a = criteria.addObject();
            a.put("id", alone.criterion());
            a.put("found", alone.found());
            edits(a.putArray("edits"), alone.edits());
            AssessmentJson.putIfPresent(a, "note", alone.note());
        }
        node.set("search", search(c.search()));
        return node;
    }

    private static void edits(ArrayNode array, List<FactEdit> edits) {
        for (FactEdit e : edits) {
            ObjectNode edit = array.addObject();
            edit.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            edit.put("fact", e.fact());
            edit.put("type", e.type());
            AssessmentJson.putIfPresent(edit, "field", e.field());
            if (e.from() != null) {
                edit.set("from", AssessmentJson.value(e.from()));
            }
            if (e.to() != null) {
                edit.set("to", AssessmentJson.value(e.to()));
            }
            AssessmentJson.putIfPresent(edit, "override", e.override());
        }
    }

    private static ObjectNode search(SearchRecord s) {
        ObjectNode node = AssessmentJson.MAPPER.createObjectNode();
        node.put("maxEdits", s.maxEdits());
        node.put("maxVariations", s.maxVariations());
        node.put("timeBudgetMs", s.timeBudgetMillis());
        node.put("variations", s.variations());
        node.put("complete", s.complete());
        AssessmentJson.putIfPresent(node, "stoppedBy", s.stoppedBy());
        return node;
    }
}
