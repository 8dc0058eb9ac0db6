package org.readiness.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.readiness.model.Criterion;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.RuleInfo;
import org.readiness.report.JsonEscapes;

/**
 * The JSON bodies of the HTTP API other than the assessment (which is {@code readiness.assessment/1}).
 * Each carries its {@code schemaVersion}; field names never change within a version, optional fields are
 * left out when absent (README, "HTTP service").
 */
final class Wire {

    static final String ERROR = "readiness.error/1";
    static final String CRITERIA = "readiness.criteria/1";
    static final String RULES = "readiness.rules/1";
    static final String HEALTH = "readiness.health/1";
    static final String DECISION = "readiness.decision/1";
    /**
     * Problems listed in an error body, as the command line prints at most so many: beyond them the first
     * ones are hidden rather than helped, and a body of small mistakes would get a reply many times its size.
     */
    static final int MAX_PROBLEMS = 50;

    private static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory().setCharacterEscapes(JsonEscapes.INSTANCE))
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Wire() {
    }

    /** Compact JSON, for the decision log (one line each). */
    static String line(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the wire records always serialise", e);
        }
    }

    /** Indented JSON with a final newline, like the command line's output. */
    static byte[] pretty(Object body) {
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the wire records always serialise", e);
        }
    }

    /**
     * {@code error} is the first problem's code; {@code message}, {@code hint} and {@code location} are the
     * first problem's; {@code problems} lists them, the first included, up to {@link #MAX_PROBLEMS};
     * {@code omittedProblems} counts the rest (absent when there are none).
     */
    record ErrorV1(String schemaVersion, String error, String message, String hint, LocationV1 location,
                   String requestId, List<ProblemV1> problems, Integer omittedProblems) {

        static ErrorV1 of(List<Problem> problems, String requestId) {
            Problem first = problems.get(0);
            int omitted = Math.max(0, problems.size() - MAX_PROBLEMS);
            return new ErrorV1(ERROR, first.code().id(), first.message(), first.hint(), LocationV1.of(first), requestId,
                    problems.stream().limit(MAX_PROBLEMS).map(ProblemV1::of).toList(), omitted == 0 ? null : omitted);
        }

        static ErrorV1 of(HttpError error, String message, String hint, String requestId) {
            return new ErrorV1(ERROR, error.id(), message, hint, null, requestId,
                    List.of(new ProblemV1(error.id(), message, hint, null)), null);
        }
    }

    record ProblemV1(String code, String message, String hint, LocationV1 location) {
        static ProblemV1 of(Problem p) {
            return new ProblemV1(p.code().id(), p.message(), p.hint(), LocationV1.of(p));
        }
    }

    /** Where: the file (or {@code <request>} for a request body), line and column from 1, and the field path. */
    record LocationV1(String file, Integer line, Integer column, String path) {
        static LocationV1 of(Problem p) {
            Location at = p.location();
            return new LocationV1(at.file(), at.line() > 0 ? at.line() : null, at.column() > 0 ? at.column() : null,
                    p.path() == null || p.path().isEmpty() ? null : p.path());
        }
    }

    record CriteriaV1(String schemaVersion, String rulesHash, List<CriterionV1> criteria) {
    }

    record CriterionV1(String id, String title, String kind, boolean blocking, String wording) {
        static CriterionV1 of(Criterion c) {
            return new CriterionV1(c.id(), c.title(), c.kind().name().toLowerCase(Locale.ROOT), c.blocking(), c.wording());
        }
    }

    record RulesV1(String schemaVersion, String rulesHash, String loadedAt, List<RuleV1> rules) {
    }

    record RuleV1(String name, String file, int line, String criterion, String conclusion, String step, List<String> factTypes) {
        static RuleV1 of(RuleInfo r) {
            return new RuleV1(r.name(), r.location().file(), r.location().line(), r.criterion(), r.conclusion().name(),
                    r.step(), r.factTypes());
        }
    }

    /**
     * @param status {@code starting} (no rules yet), {@code ok}, or {@code degraded}: the last reload failed
     *               and the previous rules still serve
     * @param reloadFailure the problems of the last reload, while it is the latest attempt
     */
    record HealthV1(String schemaVersion, String status, String rulesHash, String loadedAt, ReloadFailureV1 reloadFailure) {
    }

    record ReloadFailureV1(String at, List<ProblemV1> problems) {
    }

    /** One line of the decision log. */
    record DecisionV1(String schemaVersion, String requestId, String time, String rulesHash, String factsHash,
                      String verdict, List<String> overrides) {
    }
}
