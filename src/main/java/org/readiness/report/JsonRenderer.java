package org.readiness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;

/**
 * One assessment as a JSON object ({@code readiness.assessment/1}); several as an array of them, in the
 * order given; a diff as {@code readiness.diff/1}.
 */
final class JsonRenderer implements Renderer {

    @Override
    public String render(List<Assessment> assessments) {
        return Json.write(document(assessments));
    }

    @Override
    public String render(AssessmentDiff diff) {
        return Json.write(DiffJson.of(diff));
    }

    @Override
    public byte[] renderUtf8(List<Assessment> assessments) {
        return Json.utf8(document(assessments));
    }

    @Override
    public byte[] renderUtf8(AssessmentDiff diff) {
        return Json.utf8(DiffJson.of(diff));
    }

    private static JsonNode document(List<Assessment> assessments) {
        if (assessments.size() == 1) {
            return AssessmentJson.of(assessments.get(0));
        }
        ArrayNode array = AssessmentJson.MAPPER.createArrayNode();
        assessments.forEach(a -> array.add(AssessmentJson.of(a)));
        return array;
    }
}
