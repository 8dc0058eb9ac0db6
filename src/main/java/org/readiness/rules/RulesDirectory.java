package org.readiness.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.readiness.document.Digest;
import org.readiness.document.DocumentReader;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;

/**
 * The files of a rule set: every {@code *.drl} in the directory, in name order, and {@code criteria.yaml}.
 * Their content hash identifies the rule set in every assessment.
 */
public record RulesDirectory(Path path, List<RuleFile> drlFiles, RuleFile criteria, String hash) {

    public static final String CRITERIA_FILE = "criteria.yaml";

    public RulesDirectory {
        drlFiles = List.copyOf(drlFiles);
    }

    public static RulesDirectory read(Path dir) {
        if (Files.isRegularFile(dir)) {
            throw new ProblemException(Problem.at(ProblemCode.NOT_A_FILE, Location.of(dir.toString()),
                    "this is a file, not a rules directory", "pass --rules DIR, the directory holding the .drl files and criteria.yaml"));
        }
        if (!Files.isDirectory(dir)) {
            throw new ProblemException(Problem.at(ProblemCode.FILE_NOT_FOUND, Location.of(dir.toString()),
                    "no rules directory here", "pass --rules DIR, the directory holding the .drl files and criteria.yaml"));
        }
        Path criteria = dir.resolve(CRITERIA_FILE);
        List<Path> drl;
        try (Stream<Path> files = Files.list(dir)) {
            drl = files.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw ioProblem(dir, e);
        }
        if (drl.isEmpty()) {
            throw new ProblemException(Problem.at(ProblemCode.NO_RULES, Location.of(dir.toString()),
                    "the rules directory holds no .drl files", "pass --rules DIR naming the rule set"));
        }
        if (!Files.isRegularFile(criteria)) {
            throw new ProblemException(Problem.at(ProblemCode.FILE_NOT_FOUND, Location.of(criteria.toString()),
                    "the rule set has no " + CRITERIA_FILE, "declare the criteria the rules conclude about in " + criteria));
        }
        Digest digest = new Digest();
        List<RuleFile> files = drl.stream().map(p -> {
            byte[] bytes = readBytes(p);
            digest.add(p.getFileName().toString()).add(bytes);
            return new RuleFile(p.toString(), DocumentReader.decode(bytes, p.toString()));
        }).toList();
        byte[] criteriaBytes = readBytes(criteria);
        digest.add(CRITERIA_FILE).add(criteriaBytes);
        return new RulesDirectory(dir, files, new RuleFile(criteria.toString(), DocumentReader.decode(criteriaBytes, criteria.toString())),
                digest.finish());
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ioProblem(file, e);
        }
    }

    private static ProblemException ioProblem(Path path, IOException e) {
        return new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(path.toString()),
                "cannot read: " + e.getMessage(), null));
    }
}
