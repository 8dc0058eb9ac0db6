package org.readiness.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readiness.Readiness;
import org.readiness.document.DocumentReader;
import org.readiness.document.Format;
import org.readiness.document.MappingReader;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemException;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;

/**
 * {@code POST /v1/diff}: two fact sets in one body, {@code {a: …, b: …}} (JSON or YAML by Content-Type),
 * and what changed from {@code a} to {@code b} and how the assessment moved, as {@code readiness diff}
 * says it, in the formats assessments are answered in. A problem in either fact set names its line and column in the body and its path from there
 * ({@code b.facts[0].scope}). Query parameters: the evidence policy, as for assessments.
 */
final class DiffEndpoint implements Endpoint {

    private static final List<String> SIDES = List.of("a", "b");

    private final EvaluationOptions options;

    DiffEndpoint(EvaluationOptions options) {
        this.options = options;
    }

    @Override
    public Reply handle(Call call) {
        call.onlyParameters(EvaluationParameters.EVIDENCE);
        Format format = MediaTypes.bodyFormat(call.contentType());
        String media = MediaTypes.choose(call.accept(), AssessmentsEndpoint.MEDIA);
        Readiness readiness = EvaluationParameters.readiness(call, options);
        Node root = DocumentReader.parse(DocumentReader.decode(call.body(), AssessmentsEndpoint.ORIGIN), format, AssessmentsEndpoint.ORIGIN);
        ProblemCollector problems = new ProblemCollector();
        MappingReader pair = problems.orThrow(MappingReader.of(root, "", "a diff request (the two fact sets, a and b)", problems));
        pair.rejectUnknown(SIDES, "a diff request");
        Map<String, FactSet> read = new LinkedHashMap<>();
        for (String side : SIDES) {
            Optional<Node> node = pair.get(side, true);
            if (node.isPresent()) {
                try {
                    read.put(side, readiness.readFacts(node.get(), AssessmentsEndpoint.ORIGIN + "#" + side));
                } catch (ProblemException e) {
                    e.problems().forEach(p -> problems.add(p.code(), p.location(),
                            p.path() == null || p.path().isEmpty() ? side : side + "." + p.path(), p.message(), p.hint()));
                }
            }
        }
        problems.throwIfAny();
        AssessmentDiff diff = readiness.diff(read.get("a"), read.get("b"));
        OutputFormat output = AssessmentsEndpoint.FORMATS.get(media);
        return AssessmentsEndpoint.reply(media, output, output.renderer(RenderOptions.PLAIN).renderUtf8(diff));
    }
}
