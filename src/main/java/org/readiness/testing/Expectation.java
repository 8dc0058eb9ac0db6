package org.readiness.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.model.Status;
import org.readiness.model.Verdict;

/**
 * What a rule test expects of an assessment; anything it leaves out is not checked.
 *
 * @param verdict  the expected verdict; null when not checked
 * @param criteria expected statuses by criterion id
 * @param fired    rules (by name) that must fire
 * @param notFired rules that must not fire
 */
public record Expectation(Verdict verdict, Map<String, Status> criteria, List<String> fired, List<String> notFired) {

    public Expectation {
        criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
        fired = List.copyOf(fired);
        notFired = List.copyOf(notFired);
    }

    public boolean isEmpty() {
        return verdict == null && criteria.isEmpty() && fired.isEmpty() && notFired.isEmpty();
    }
}
