package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;
import org.readiness.model.Assessment;

/**
 * The service writes JSON straight to UTF-8 bytes, the command line as a string: both must be the same
 * document, byte for byte, escapes included.
 */
class JsonBytesTest {

    private static final Renderer JSON = OutputFormat.JSON.renderer(RenderOptions.PLAIN);

    @Test
    void bytesAreTheStringEncodedForEveryShippedAssessmentAndForSeveral() {
        List<Assessment> all = Shipped.certainFactSets().stream().map(Shipped.readiness()::evaluate).toList();
        for (Assessment a : all) {
            assertArrayEquals(JSON.render(List.of(a)).getBytes(StandardCharsets.UTF_8), JSON.renderUtf8(List.of(a)), a.origin());
        }
        assertArrayEquals(JSON.render(all).getBytes(StandardCharsets.UTF_8), JSON.renderUtf8(all));
    }

    @Test
    void bytesEscapeWhatTheStringEscapes() {
        // a bidirectional override, a C1 control (CSI), DEL, an escape sequence, the line separator, and
        // characters that must stay as they are: accented, outside the BMP (a surrogate pair), quotes
        ObjectNode document = Json.object().put("text", "\u202eog-on\u202c \u009b31m \u007f \u001b[2J \u2028 é 😀 \"q\" \\");
        byte[] bytes = Json.utf8(document);
        assertArrayEquals(Json.write(document).getBytes(StandardCharsets.UTF_8), bytes);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(decoded.contains("\\u202eog-on\\u202c \\u009b31m \\u007F \\u001B[2J \\u2028 é 😀 \\\"q\\\" \\\\"), decoded);
        assertTrue(decoded.endsWith("}\n"), "one document per line, as the string is");
    }
}
