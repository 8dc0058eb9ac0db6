package org.readiness.server;

import java.util.List;
import java.util.Set;
import org.readiness.rules.RuleSet;
import org.readiness.schema.FactSchema;

/** {@code GET /v1/criteria}, {@code GET /v1/rules} and {@code GET /v1/schema}: what the serving rule set declares. */
final class CatalogEndpoints {

    private static final List<String> JSON_ONLY = List.of(Reply.JSON);
    /** A JSON Schema document is JSON; clients that ask for either get the same bytes. */
    private static final List<String> SCHEMA = List.of("application/schema+json", Reply.JSON);

    Reply criteria(Call call) {
        call.onlyParameters(Set.of());
        MediaTypes.choose(call.accept(), JSON_ONLY);
        RuleSet rules = call.rules().rules();
        return Reply.json(200, new Wire.CriteriaV1(Wire.CRITERIA, rules.hash(),
                rules.criteria().stream().map(Wire.CriterionV1::of).toList()));
    }

    Reply rules(Call call) {
        call.onlyParameters(Set.of());
        MediaTypes.choose(call.accept(), JSON_ONLY);
        RuleSet rules = call.rules().rules();
        return Reply.json(200, new Wire.RulesV1(Wire.RULES, rules.hash(), call.state().loadedAt().toString(),
                rules.rules().stream().map(Wire.RuleV1::of).toList()));
    }

    /** The JSON Schema for fact sets (what {@code readiness schema} prints), from the serving rules' declarations. */
    Reply schema(Call call) {
        call.onlyParameters(Set.of());
        String media = MediaTypes.choose(call.accept(), SCHEMA);
        return Reply.text(200, media + "; charset=utf-8", FactSchema.json(call.rules().rules().catalog()));
    }
}
