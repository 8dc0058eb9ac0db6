package org.readiness.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API's routes: exact paths, each with its methods. Unknown paths are 404, known ones with another method 405. */
final class Routes {

    private final List<Route> routes = new ArrayList<>();

    Routes add(Route route) {
        routes.add(route);
        return this;
    }

    Optional<Route> find(String method, String path) {
        return routes.stream().filter(r -> r.path().equals(path) && r.method().equals(method)).findFirst();
    }

    /** The methods {@code path} answers, for a 405's Allow header; empty when the path is unknown. */
    List<String> methods(String path) {
        return routes.stream().filter(r -> r.path().equals(path)).map(Route::method).toList();
    }

    List<Route> all() {
        return List.copyOf(routes);
    }
}
