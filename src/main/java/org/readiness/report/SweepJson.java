package org.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.readiness.model.CriterionOdds;
import org.readiness.model.FieldSensitivity;
import org.readiness.model.SweepResult;
import org.readiness.model.UncertainField;
import org.readiness.model.ValueOdds;

/**
 * The {@code readiness.sweep/1} JSON contract (schema/sweep.schema.json), written field by field so that
 * renaming Java code can never rename a JSON field.
 */
public final class SweepJson {

    public static final String SCHEMA_VERSION = "readiness.sweep/1";

    private SweepJson() {
    }

    public static ObjectNode of(SweepResult s) {
        ObjectNode root = AssessmentJson.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("scenario", s.scenario());
        root.put("origin", s.origin());
        root.put("asOf", s.asOf().toString());
        AssessmentJson.strings(root.putArray("overrides"), s.overrides());
        root.put("method", method(s));
        root.put("cases", s.cases());
        if (s.seed() != null) {
            root.put("seed", s.seed());
        }
        ObjectNode go = root.putObject("go");
        go.put("probability", s.go());
        ObjectNode interval = go.putObject("interval");
        interval.put("lower", s.goInterval().lower());
        interval.put("upper", s.goInterval().upper());
        interval.put("level", s.goInterval().level());
        interval.put("method", s.goInterval().method());
        ArrayNode criteria = root.putArray("criteria");
        for (CriterionOdds c : s.criteria()) {
            ObjectNode node = criteria.addObject();
            node.put("id", c.criterion().id());
            node.put("title", c.criterion().title());
            node.put("blocking", c.criterion().blocking());
            node.put("met", c.met());
            node.put("notMet", c.notMet());
            node.put("unknown", c.unknown());
            node.put("blocks", c.blocks());
            node.put("soleBlocker", c.soleBlocker());
        }
        AssessmentJson.strings(root.putArray("blockers"), s.blockers().stream().map(c -> c.criterion().id()).toList());
        ArrayNode sensitivity = root.putArray("sensitivity");
        for (FieldSensitivity f : s.sensitivity()) {
            UncertainField field = f.field();
            ObjectNode node = sensitivity.addObject();
            node.put("fact", field.factId());
            node.put("field", field.field());
            node.put("index", f.index());
            node.put("file", field.location().file());
            node.put("line", field.location().line());
            ArrayNode values = node.putArray("values");
            for (ValueOdds v : f.values()) {
                ObjectNode value = values.addObject();
                value.set("value", AssessmentJson.value(v.value()));
                value.put("probability", v.probability());
                if (v.go() != null) {
                    value.put("go", v.go());
                }
            }
        }
        root.set("evidencePolicy", AssessmentJson.policy(s.evidencePolicy()));
        ObjectNode record = root.putObject("record");
        record.put("rulesHash", s.record().rulesHash());
        record.put("factsHash", s.record().factsHash());
        ObjectNode engine = record.putObject("engine");
        engine.put("readiness", s.record().readinessVersion());
        engine.put("drools", s.record().droolsVersion());
        record.put("evaluatedAt", s.record().evaluatedAt().toString());
        return root;
    }

    static String method(SweepResult s) {
        return s.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
