package org.readiness.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readiness.Readiness;
import org.readiness.document.Format;
import org.readiness.document.Texts;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Assessment;
import org.readiness.model.Credibility;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.FactSet;
import org.readiness.model.Reliability;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/assessments}: a fact set in the body (JSON or YAML by Content-Type), the assessment out,
 * in the format Accept asks for. Query parameters are the command line's options: {@code set} (repeatable
 * what-if overrides), {@code explain}, {@code maxAge}, {@code minReliability}, {@code minCredibility}.
 */
final class AssessmentsEndpoint implements Endpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentsEndpoint.class);

    /** How a request body is named in problems and in the assessment's {@code origin}. */
    static final String ORIGIN = "<request>";
    /** Media types answered, in order of preference; HTML and Markdown join when their renderers exist. */
    static final Map<String, OutputFormat> FORMATS = formats();
    private static final Set<String> PARAMETERS = Set.of("set", "explain", "maxAge", "minReliability", "minCredibility");

    private final EvaluationOptions options;
    private final Metrics metrics;
    private final DecisionLog decisionLog;

    /** @param decisionLog null when there is none */
    AssessmentsEndpoint(EvaluationOptions options, Metrics metrics, DecisionLog decisionLog) {
        this.options = options;
        this.metrics = metrics;
        this.decisionLog = decisionLog;
    }

    private static Map<String, OutputFormat> formats() {
        Map<String, OutputFormat> formats = new LinkedHashMap<>();
        formats.put("application/json", OutputFormat.JSON);
        formats.put("text/plain", OutputFormat.TEXT);
        return formats;
    }

    @Override
    public Reply handle(Call call) {
        call.onlyParameters(PARAMETERS);
        Format format = MediaTypes.bodyFormat(call.contentType());
        String media = MediaTypes.choose(call.accept(), List.copyOf(FORMATS.keySet()));
        boolean explain = flag(call.single("explain"));
        Readiness readiness = withEvidencePolicy(call);
        FactSet facts = readiness.override(readiness.parseFacts(call.body(), format, ORIGIN), call.all("set"));
        Assessment assessment = readiness.evaluate(facts);
        metrics.evaluated(assessment.verdict());
        log(call.requestId(), assessment);
        String rendered = FORMATS.get(media).renderer(new RenderOptions(false, explain)).render(List.of(assessment));
        return Reply.text(200, media + "; charset=utf-8", rendered);
    }

    /** The request's rules, with the evidence policy its parameters ask for; the same object when they ask none. */
    private Readiness withEvidencePolicy(Call call) {
        Readiness readiness = call.rules();
        String maxAge = call.single("maxAge");
        String minReliability = call.single("minReliability");
        String minCredibility = call.single("minCredibility");
        if (maxAge == null && minReliability == null && minCredibility == null) {
            return readiness;
        }
        EvidencePolicy base = readiness.rules().evidencePolicy();
        EvidencePolicy policy = new EvidencePolicy(
                maxAge == null ? base.maxAgeDays() : integer("maxAge", maxAge, 0, Integer.MAX_VALUE, "a number of days, 0 or more"),
                minReliability == null ? base.minReliability() : reliability(minReliability),
                minCredibility == null ? base.minCredibility() : Credibility.ofGrade(integer("minCredibility", minCredibility, 1, 6, "a grade from 1 to 6")));
        return readiness.with(options.withEvidencePolicy(policy));
    }

    private void log(String requestId, Assessment a) {
        if (decisionLog == null) {
            return;
        }
        try {
            decisionLog.append(Wire.line(new Wire.DecisionV1(Wire.DECISION, requestId, a.provenance().evaluatedAt().toString(),
                    a.provenance().rulesHash(), a.provenance().factsHash(), a.verdict().name(),
                    a.overrides().isEmpty() ? null : a.overrides())));
        } catch (IOException e) {
            // The assessment is still answered: the client's workflow should not stop because the audit
            // file's disk is full. The metric and the log say it loudly.
            metrics.decisionLogFailed();
            LOG.error("decision log {}: cannot append the line for request {}: {}", decisionLog.file(), requestId, e.toString());
        }
    }

    private static boolean flag(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ApiException(HttpError.BAD_PARAMETER, "explain takes true or false, not '" + Texts.abbreviate(value, 20) + "'", null);
        };
    }

    private static int integer(String name, String value, int min, int max, String expected) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below with what was expected
        }
        throw new ApiException(HttpError.BAD_PARAMETER, name + " takes " + expected + ", not '" + Texts.abbreviate(value, 20) + "'", null);
    }

    private static Reliability reliability(String value) {
        try {
            return Reliability.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpError.BAD_PARAMETER, "minReliability takes a grade from A to F, not '" + Texts.abbreviate(value, 20) + "'", null);
        }
    }
}
