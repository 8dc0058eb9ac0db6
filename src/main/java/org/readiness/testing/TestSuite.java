package org.readiness.testing;

import java.util.List;

/** The cases of one test file, in the order written. */
public record TestSuite(String file, List<TestCase> cases) {

    public TestSuite {
        cases = List.copyOf(cases);
    }
}
