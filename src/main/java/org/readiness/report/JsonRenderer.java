package org.readiness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.readiness.model.Assessment;

/** One assessment as a JSON object; several as an array of them, in the order given. */
final class JsonRenderer implements Renderer {

    @Override
    public String render(List<Assessment> assessments) {
        JsonNode document;
        if (assessments.size() == 1) {
            document = AssessmentJson.of(assessments.get(0));
        } else {
            ArrayNode array = AssessmentJson.MAPPER.createArrayNode();
            assessments.forEach(a -> array.add(AssessmentJson.of(a)));
            document = array;
        }
        return Json.write(document);
    }
}
