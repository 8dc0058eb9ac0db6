package org.readiness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.CriterionMove;
import org.readiness.model.FactChange;
import org.readiness.model.FieldChange;
import org.readiness.model.SourceChange;

/**
 * The {@code readiness.diff/1} JSON contract (schema/diff.schema.json), written field by field so that
 * renaming Java code can never rename a JSON field.
 */
public final class DiffJson {

    public static final String SCHEMA_VERSION = "readiness.diff/1";

    private DiffJson() {
    }

    public static ObjectNode of(AssessmentDiff d) {
        ObjectNode root = AssessmentJson.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.set("from", side(d.from()));
        root.set("to", side(d.to()));
        root.put("verdictChanged", d.verdictChanged());
        ArrayNode facts = root.putArray("facts");
        for (FactChange change : d.facts()) {
            ObjectNode node = facts.addObject();
            node.put("change", kind(change.kind()));
            node.put("id", change.fact());
            node.put("type", change.type());
            fields(node.putArray("fields"), change.fields());
            if (change.kind() != FactChange.Kind.CHANGED) {
                node.set("fact", AssessmentJson.fact(change.after() != null ? change.after() : change.before()));
            }
        }
        ArrayNode sources = root.putArray("sources");
        for (SourceChange change : d.sources()) {
            ObjectNode node = sources.addObject();
            node.put("change", kind(change.kind()));
            node.put("id", change.source());
            fields(node.putArray("fields"), change.fields());
            if (change.kind() != FactChange.Kind.CHANGED) {
                node.set("source", AssessmentJson.source(change.after() != null ? change.after() : change.before()));
            }
        }
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionMove move : d.criteria()) {
            ObjectNode node = criteria.addObject();
            node.put("id", move.criterion().id());
            node.put("title", move.criterion().title());
            node.put("blocking", move.criterion().blocking());
            node.put("from", move.from().name());
            node.put("to", move.to().name());
            node.put("changed", move.from() != move.to());
            ArrayNode gained = node.putArray("gained");
            move.gained().forEach(f -> gained.add(AssessmentJson.finding(f)));
            ArrayNode lost = node.putArray("lost");
            move.lost().forEach(f -> lost.add(AssessmentJson.finding(f)));
        }
        ObjectNode record = root.putObject("record");
        record.put("rulesHash", d.record().rulesHash());
        ObjectNode engine = record.putObject("engine");
        engine.put("readiness", d.record().readinessVersion());
        engine.put("drools", d.record().droolsVersion());
        record.put("evaluatedAt", d.record().evaluatedAt().toString());
        return root;
    }

    private static ObjectNode side(AssessmentDiff.Side s) {
        ObjectNode node = AssessmentJson.MAPPER.createObjectNode();
        node.put("scenario", s.scenario());
        node.put("origin", s.origin());
        node.put("asOf", s.asOf().toString());
        node.put("factsHash", s.factsHash());
        node.put("verdict", s.verdict().name());
        ObjectNode blocking = node.putObject("blocking");
        AssessmentJson.strings(blocking.putArray("notMet"), s.notMet());
        AssessmentJson.strings(blocking.putArray("unknown"), s.unknown());
        return node;
    }

    private static void fields(ArrayNode array, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            ObjectNode node = array.addObject();
            node.put("field", change.field());
            if (change.from() != null) {
                node.set("from", value(change.from()));
            }
            if (change.to() != null) {
                node.set("to", value(change.to()));
            }
        }
    }

    private static JsonNode value(Object value) {
        if (value instanceof List<?> list) {
            ArrayNode array = AssessmentJson.MAPPER.createArrayNode();
            list.forEach(item -> array.add(AssessmentJson.value(item)));
            return array;
        }
        return AssessmentJson.value(value);
    }

    private static String kind(FactChange.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
