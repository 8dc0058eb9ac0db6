package org.readiness.server;

import java.util.List;
import java.util.Set;
import org.readiness.rules.RuleSet;

/** {@code GET /v1/criteria} and {@code GET /v1/rules}: what the serving rule set declares. */
final class CatalogEndpoints {

    private static final List<String> JSON_ONLY = List.of(Reply.JSON);

    private final LiveRules live;

    CatalogEndpoints(LiveRules live) {
        this.live = live;
    }

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
        LiveRules.State state = live.state();
        // The load time of the snapshot this request holds; a reload in between has another hash.
        String loadedAt = state.readiness() == call.rules() ? state.loadedAt().toString() : null;
        return Reply.json(200, new Wire.RulesV1(Wire.RULES, rules.hash(), loadedAt,
                rules.rules().stream().map(Wire.RuleV1::of).toList()));
    }
}
