package org.readiness.server;

import java.util.List;
import java.util.Set;

/**
 * {@code GET /healthz} (liveness: 200 while the process serves, with what it serves and the last reload's
 * problems) and {@code GET /readyz} (readiness: 200 once the first rules are loaded, 503 before).
 */
final class HealthEndpoints {

    private static final List<String> JSON_ONLY = List.of(Reply.JSON);

    private final LiveRules live;

    HealthEndpoints(LiveRules live) {
        this.live = live;
    }

    Reply health(Call call) {
        call.onlyParameters(Set.of());
        MediaTypes.choose(call.accept(), JSON_ONLY);
        return Reply.json(200, body(live.state()));
    }

    Reply ready(Call call) {
        call.onlyParameters(Set.of());
        MediaTypes.choose(call.accept(), JSON_ONLY);
        LiveRules.State state = live.state();
        if (state.readiness() == null) {
            throw new ApiException(HttpError.NOT_READY, "no rules are loaded yet",
                    state.failure() == null ? "wait for the rules to compile" : "fix the rule files: GET /healthz lists the problems");
        }
        return Reply.json(200, body(state));
    }

    static Wire.HealthV1 body(LiveRules.State state) {
        String status = state.failure() != null ? "degraded" : state.readiness() == null ? "starting" : "ok";
        Wire.ReloadFailureV1 failure = state.failure() == null ? null
                : new Wire.ReloadFailureV1(state.failure().at().toString(), state.failure().problems().stream().map(Wire.ProblemV1::of).toList());
        return new Wire.HealthV1(Wire.HEALTH, status,
                state.readiness() == null ? null : state.readiness().rules().hash(),
                state.loadedAt() == null ? null : state.loadedAt().toString(), failure);
    }
}
