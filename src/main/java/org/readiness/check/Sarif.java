package org.readiness.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.report.Json;
import org.readiness.rules.BuildInfo;

/**
 * The check as SARIF 2.1.0, which code-review tools (GitHub code scanning, GitLab, IDEs) show inline. Every
 * problem code is a rule of the tool, its kebab-case id stable; files are named relative to the working
 * directory ({@code %SRCROOT%}), as a repository checkout has them.
 */
final class Sarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private Sarif() {
    }

    static String render(CheckReport report) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "readiness");
        driver.put("semanticVersion", BuildInfo.READINESS.replace("-SNAPSHOT", ""));
        driver.put("version", BuildInfo.READINESS);
        ArrayNode rules = driver.putArray("rules");
        ProblemCode[] codes = ProblemCode.values();
        for (ProblemCode code : codes) {
            ObjectNode rule = rules.addObject();
            rule.put("id", code.id());
            rule.put("name", name(code));
            rule.putObject("shortDescription").put("text", Codes.describe(code));
            rule.putObject("defaultConfiguration").put("level", Codes.defaultSeverity(code).id());
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", Path.of("").toAbsolutePath().toUri().toString());
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : report.diagnostics()) {
            Problem p = d.problem();
            ObjectNode result = results.addObject();
            result.put("ruleId", p.code().id());
            result.put("ruleIndex", p.code().ordinal());
            result.put("level", d.severity().id());
            String text = (p.path() == null || p.path().isEmpty() ? "" : p.path() + ": ") + p.message()
                    + (p.hint() == null || p.hint().isEmpty() ? "" : "; " + p.hint());
            result.putObject("message").put("text", text);
            location(result, p.location());
            if (d.explanation() != null) {
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                suppression.put("justification", d.explanation());
            }
            if (d.example() != null) {
                result.putObject("properties").put("example", d.example());
            }
        }
        return Json.write(root);
    }

    /** A physical location when the problem names a file that exists; a result may have none. */
    private static void location(ObjectNode result, Location location) {
        Path file = Path.of(location.file());
        if (!Files.exists(file)) {
            return;
        }
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (file.isAbsolute()) {
            artifact.put("uri", file.toUri().toString());
        } else {
            artifact.put("uri", relativeUri(file));
            artifact.put("uriBaseId", SRCROOT);
        }
        if (location.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", location.line());
            if (location.column() > 0) {
                region.put("startColumn", location.column());
            }
        }
    }

    private static String relativeUri(Path file) {
        String path = file.normalize().toString().replace('\\', '/') + (Files.isDirectory(file) ? "/" : "");
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** {@code unused-field} as {@code UnusedField}: SARIF's readable rule name. */
    private static String name(ProblemCode code) {
        return Arrays.stream(code.id().split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }
}
