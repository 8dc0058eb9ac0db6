package org.readiness.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.Readiness;
import org.readiness.document.Format;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Assessment;
import org.readiness.model.FactSet;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/assessments}: a fact set in the body (JSON or YAML by Content-Type), the assessment out,
 * in the format Accept asks for (JSON, the text report, an HTML or Markdown briefing). Query parameters
 * are the command line's options: {@code set} (repeatable what-if overrides), {@code explain}, the
 * evidence policy and the counterfactual's bounds ({@link EvaluationParameters}).
 */
final class AssessmentsEndpoint implements Endpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentsEndpoint.class);

    /** How a request body is named in problems and in the assessment's {@code origin}. */
    static final String ORIGIN = "<request>";
    /** Media types answered, in order of preference. */
    static final Map<String, OutputFormat> FORMATS = formats();
    static final List<String> MEDIA = List.copyOf(FORMATS.keySet());
    private static final Set<String> PARAMETERS = EvaluationParameters.union(Set.of("set", "explain"),
            EvaluationParameters.union(EvaluationParameters.EVIDENCE, EvaluationParameters.COUNTERFACTUAL));

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
        for (OutputFormat format : List.of(OutputFormat.JSON, OutputFormat.TEXT, OutputFormat.HTML, OutputFormat.MARKDOWN)) {
            formats.put(format.mediaType(), format);
        }
        return formats;
    }

    @Override
    public Reply handle(Call call) {
        call.onlyParameters(PARAMETERS);
        Format format = MediaTypes.bodyFormat(call.contentType());
        String media = MediaTypes.choose(call.accept(), MEDIA);
        boolean explain = EvaluationParameters.flag("explain", call.single("explain"));
        Readiness readiness = EvaluationParameters.readiness(call, options);
        FactSet facts = readiness.override(readiness.parseFacts(call.body(), format, ORIGIN), call.all("set"));
        Assessment assessment = readiness.evaluate(facts);
        metrics.evaluated(assessment.verdict());
        log(call.requestId(), assessment);
        OutputFormat output = FORMATS.get(media);
        return reply(media, output, output.renderer(new RenderOptions(false, explain)).renderUtf8(List.of(assessment)));
    }

    /** A rendered answer; an HTML briefing carries its Content-Security-Policy as a header too. */
    static Reply reply(String media, OutputFormat format, byte[] rendered) {
        Reply reply = new Reply(200, media + "; charset=utf-8", rendered, Map.of());
        return format == OutputFormat.HTML ? reply.withHeader("Content-Security-Policy", OutputFormat.BRIEFING_POLICY) : reply;
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
}
