package org.readiness.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;

/**
 * The YAML and JSON files a command was pointed at: files as given, directories searched (with their
 * subdirectories) for {@code .yaml}, {@code .yml} and {@code .json} files in name order.
 *
 * @param problems a path that does not exist or cannot be listed
 */
public record DocumentFiles(List<Path> files, List<Problem> problems) {

    public DocumentFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public static DocumentFiles under(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(DocumentFiles::isDocument).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(Problem.at(ProblemCode.IO_ERROR, Location.of(path.toString()),
                            "cannot list the directory: " + e.getMessage(), null));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.add(Problem.at(ProblemCode.FILE_NOT_FOUND, Location.of(path.toString()), "no such file or directory",
                        "check the path"));
            }
        }
        return new DocumentFiles(files, problems);
    }

    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
