package org.readiness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readiness.model.Assessment;
import org.readiness.model.Change;
import org.readiness.model.CriterionResult;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Fact;
import org.readiness.model.Finding;
import org.readiness.model.Provenance;
import org.readiness.model.Source;

/**
 * The {@code readiness.assessment/1} JSON contract (schema/assessment.schema.json). Written field by
 * field rather than derived from the records, so that renaming Java code can never rename a JSON field.
 * Optional values that are absent are left out rather than written as null.
 */
public final class AssessmentJson {

    public static final String SCHEMA_VERSION = "readiness.assessment/1";
    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(JsonEscapes.INSTANCE);
    }

    private AssessmentJson() {
    }

    public static ObjectNode of(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("scenario", a.scenario());
        putIfPresent(root, "description", a.description());
        root.put("origin", a.origin());
        root.put("asOf", a.asOf().toString());
        root.put("verdict", a.verdict().name());
        strings(root.putArray("overrides"), a.overrides());
        ObjectNode blocking = root.putObject("blocking");
        strings(blocking.putArray("notMet"), a.notMet());
        strings(blocking.putArray("unknown"), a.unknown());
        if (a.counterfactual() != null) {
            root.set("counterfactual", CounterfactualJson.of(a.counterfactual()));
        }
        ArrayNode criteria = root.putArray("criteria");
        a.criteria().forEach(c -> criteria.add(criterion(c)));
        ArrayNode sources = root.putArray("sources");
        a.sources().forEach(s -> sources.add(source(s)));
        root.set("evidencePolicy", policy(a.evidencePolicy()));
        root.set("record", record(a.provenance()));
        return root;
    }

    private static ObjectNode criterion(CriterionResult c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", c.id());
        node.put("title", c.criterion().title());
        node.put("kind", c.criterion().kind().name().toLowerCase(Locale.ROOT));
        node.put("blocking", c.criterion().blocking());
        node.put("wording", c.criterion().wording());
        node.put("status", c.status().name());
        node.put("summary", c.summary());
        ArrayNode findings = node.putArray("findings");
        c.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode changes = node.putArray("changes");
        c.changes().forEach(ch -> changes.add(change(ch)));
        return node;
    }

    static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", f.rule().name());
        node.put("file", f.rule().location().file());
        node.put("line", f.rule().location().line());
        node.put("conclusion", f.conclusion().name());
        node.put("reason", f.reason());
        putIfPresent(node, "remedy", f.remedy());
        putIfPresent(node, "step", f.step());
        node.put("claim", f.rule().claim());
        node.put("weak", f.weak());
        strings(node.putArray("warnings"), f.warnings());
        ArrayNode facts = node.putArray("facts");
        f.facts().forEach(fact -> facts.add(fact(fact)));
        return node;
    }

    static ObjectNode fact(Fact f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", f.id());
        node.put("type", f.type());
        ObjectNode fields = node.putObject("fields");
        for (Map.Entry<String, Object> e : f.fields().entrySet()) {
            fields.set(e.getKey(), value(e.getValue()));
        }
        strings(node.putArray("sources"), f.sources());
        if (f.observed() != null) {
            node.put("observed", f.observed().toString());
        }
        putIfPresent(node, "note", f.note());
        node.put("file", f.location().file());
        node.put("line", f.location().line());
        return node;
    }

    static JsonNode value(Object value) {
        if (value instanceof Boolean b) {
            return MAPPER.getNodeFactory().booleanNode(b);
        }
        if (value instanceof Long l) {
            return MAPPER.getNodeFactory().numberNode(l);
        }
        if (value instanceof Double d) {
            return MAPPER.getNodeFactory().numberNode(d);
        }
        if (value instanceof LocalDate date) {
            return MAPPER.getNodeFactory().textNode(date.toString());
        }
        return MAPPER.getNodeFactory().textNode(value.toString());
    }

    private static ObjectNode change(Change c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("action", c.action());
        putIfPresent(node, "step", c.step());
        putIfPresent(node, "rule", c.rule());
        return node;
    }

    static ObjectNode source(Source s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("title", s.title());
        putIfPresent(node, "publisher", s.publisher());
        node.put("date", s.date().toString());
        putIfPresent(node, "url", s.url());
        node.put("reliability", s.reliability().name());
        node.put("credibility", s.credibility().grade());
        node.put("grade", s.grade());
        return node;
    }

    static ObjectNode policy(EvidencePolicy p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("maxAgeDays", p.maxAgeDays());
        node.put("minReliability", p.minReliability().name());
        node.put("minCredibility", p.minCredibility().grade());
        return node;
    }

    private static ObjectNode record(Provenance p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rulesHash", p.rulesHash());
        node.put("factsHash", p.factsHash());
        ObjectNode engine = node.putObject("engine");
        engine.put("readiness", p.readinessVersion());
        engine.put("drools", p.droolsVersion());
        node.put("evaluatedAt", p.evaluatedAt().toString());
        node.put("rulesFired", p.rulesFired());
        return node;
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
