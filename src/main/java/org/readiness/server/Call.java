package org.readiness.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.Readiness;
import org.readiness.document.Texts;

/**
 * What an endpoint sees of one request.
 *
 * @param state       the rules this request started on, and when they were loaded: a reload during the
 *                    request does not change them
 * @param query       query parameters, each with every value given, in order
 * @param contentType the Content-Type header, or null
 * @param accept      the Accept header, or null
 * @param body        the whole request body (empty when none)
 */
record Call(String requestId, LiveRules.State state, Map<String, List<String>> query, String contentType, String accept, byte[] body) {

    Call {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query)); // in the order sent: the first unknown one is named
    }

    /** The rules this request started on; null only before the first rules are loaded, for endpoints that do not need them. */
    Readiness rules() {
        return state.readiness();
    }

    /** Refuses parameters the endpoint does not know: a misspelt option must not be silently ignored. */
    void onlyParameters(Set<String> known) {
        for (String name : query.keySet()) {
            if (!known.contains(name)) {
                throw new ApiException(HttpError.BAD_PARAMETER, "unknown query parameter '" + Texts.abbreviate(name, 40) + "'",
                        known.isEmpty() ? "this endpoint takes no parameters" : "known: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /** The one value of a parameter, or null when absent. */
    String single(String name) {
        List<String> values = query.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw new ApiException(HttpError.BAD_PARAMETER, "query parameter '" + name + "' is given " + values.size() + " times",
                    "give it once");
        }
        return values.get(0);
    }

    List<String> all(String name) {
        return query.getOrDefault(name, List.of());
    }
}
