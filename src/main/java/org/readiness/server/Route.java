package org.readiness.server;

/**
 * One method and path of the API.
 *
 * @param needsRules answered 503 until the first rules are loaded
 * @param limited    counts against the concurrency limit (evaluations); probes and listings never wait
 * @param body       takes a request body, read whole (within the size and time limits) before the endpoint runs
 */
record Route(String method, String path, Endpoint endpoint, boolean needsRules, boolean limited, boolean body) {
}
