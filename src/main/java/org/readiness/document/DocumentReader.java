package org.readiness.document;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML or JSON file into a {@link Node} tree that keeps every location.
 *
 * <p>Fact sets arrive from many hands, so the reader is strict and bounded: UTF-8 only, a size and
 * nesting limit, no duplicate keys, and none of YAML's anchors, aliases or tags (the doors to alias
 * bombs and to type confusion). A fact set never needs them.
 */
public final class DocumentReader {

    /** A fact set is a few kilobytes; anything this large is a mistake or an attack. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    /** A fact set nests four levels deep; the limit keeps hostile input from exhausting the stack. */
    public static final int MAX_DEPTH = 64;
    /** The longest single value: a note of a few paragraphs fits many times over. */
    public static final int MAX_SCALAR = 64 * 1024;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(100)
            .maxStringLength(MAX_BYTES)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .loaderOptions(yamlLimits())
            .streamReadConstraints(LIMITS)
            .build();

    private final String file;
    private final List<Problem> duplicates = new ArrayList<>();

    private DocumentReader(String file) {
        this.file = file;
    }

    /** Reads a file; its path as given names it in every message. */
    public static Node read(Path path) {
        String name = path.toString();
        return parse(readBytes(path), name);
    }

    /** Parses bytes that should be UTF-8 YAML or JSON; {@code name} labels messages and tells the format. */
    public static Node parse(byte[] bytes, String name) {
        String content = decode(bytes, name);
        return parse(content, Format.detect(name, content), name);
    }

    /** Parses text that did not come from a file, e.g. a request body; {@code name} labels messages. */
    public static Node parse(String content, Format format, String name) {
        if (content.length() > MAX_BYTES) {
            throw tooLarge(name);
        }
        return new DocumentReader(name).parseRoot(content, format);
    }

    private Node parseRoot(String content, Format format) {
        JsonFactory factory = format == Format.JSON ? JSON : YAML;
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ProblemException(Problem.at(ProblemCode.SYNTAX, Location.of(file),
                        "the file is empty", "write a fact set: scenario, asOf, sources and facts"));
            }
            Node root = node(parser, 1);
            if (parser.nextToken() != null) {
                throw new ProblemException(Problem.at(ProblemCode.SYNTAX, location(parser),
                        "a second document starts here", "keep one document per file"));
            }
            if (!duplicates.isEmpty()) {
                throw new ProblemException(duplicates);
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new ProblemException(Problem.at(ProblemCode.TOO_LARGE, locationOf(e.getLocation()),
                    e.getOriginalMessage(), "simplify the document"));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            Location at = mark == null ? Location.of(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
            String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
            throw new ProblemException(Problem.at(ProblemCode.SYNTAX, at,
                    "YAML syntax: " + oneLine(e.getProblem()) + context,
                    "check the indentation and quoting on this line and the one before"));
        } catch (JacksonException e) {
            throw new ProblemException(Problem.at(ProblemCode.SYNTAX, locationOf(e.getLocation()),
                    (format == Format.JSON ? "JSON syntax: " : "YAML syntax: ") + oneLine(e.getOriginalMessage()),
                    format == Format.JSON ? "check for a missing comma, quote or bracket near here"
                            : "check the indentation and quoting near here"));
        } catch (IOException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(file), e.getMessage(), null));
        }
    }

    private Node node(JsonParser parser, int depth) throws IOException {
        rejectYamlFeatures(parser);
        Location at = location(parser);
        JsonToken token = parser.currentToken();
        if (token.isScalarValue() && parser.getTextLength() > MAX_SCALAR) {
            throw new ProblemException(Problem.at(ProblemCode.TOO_LARGE, at,
                    "a value of " + parser.getTextLength() + " characters (the limit is " + MAX_SCALAR + ")",
                    "shorten it: a fact set holds facts, not documents"));
        }
        return switch (token) {
            case START_OBJECT -> mapping(parser, depth, at);
            case START_ARRAY -> list(parser, depth, at);
            case VALUE_STRING -> new ScalarNode(ScalarNode.Kind.STRING, parser.getText(), at);
            case VALUE_NUMBER_INT -> new ScalarNode(ScalarNode.Kind.INTEGER, parser.getText(), at);
            case VALUE_NUMBER_FLOAT -> new ScalarNode(ScalarNode.Kind.DECIMAL, parser.getText(), at);
            case VALUE_TRUE, VALUE_FALSE -> new ScalarNode(ScalarNode.Kind.BOOLEAN, parser.getText(), at);
            case VALUE_NULL -> new ScalarNode(ScalarNode.Kind.NULL, parser.getText(), at);
            default -> throw new ProblemException(Problem.at(ProblemCode.SYNTAX, at,
                    "unexpected " + token, "write a mapping, a list or a value here"));
        };
    }

    private MapNode mapping(JsonParser parser, int depth, Location at) throws IOException {
        checkDepth(depth, at);
        Map<String, Node> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyAt = location(parser);
            parser.nextToken();
            Node value = node(parser, depth + 1);
            if (entries.containsKey(key)) {
                duplicates.add(new Problem(ProblemCode.DUPLICATE_KEY, keyAt, key,
                        "the key '" + key + "' appears twice in this mapping (first at line "
                                + entries.get(key).location().line() + ")",
                        "keep one of them"));
            } else {
                entries.put(key, value);
            }
        }
        return new MapNode(entries, at);
    }

    private ListNode list(JsonParser parser, int depth, Location at) throws IOException {
        checkDepth(depth, at);
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser, depth + 1));
        }
        return new ListNode(items, at);
    }

    private void checkDepth(int depth, Location at) {
        if (depth > MAX_DEPTH) {
            throw new ProblemException(Problem.at(ProblemCode.TOO_LARGE, at,
                    "the document nests deeper than " + MAX_DEPTH + " levels", "a fact set nests four levels deep"));
        }
    }

    private void rejectYamlFeatures(JsonParser parser) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        String feature = yaml.isCurrentAlias() ? "an alias (*" + parser.getText() + ")"
                : yaml.getCurrentAnchor() != null ? "an anchor (&" + yaml.getCurrentAnchor() + ")"
                : yaml.getTypeId() != null ? "a tag (" + yaml.getTypeId() + ")"
                : null;
        if (feature != null) {
            throw new ProblemException(Problem.at(ProblemCode.UNSUPPORTED_YAML, location(parser),
                    "fact files do not support YAML anchors, aliases or tags, and this is " + feature,
                    "write the value out in full"));
        }
    }

    private Location location(JsonParser parser) {
        return locationOf(parser.currentTokenLocation());
    }

    private Location locationOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Location.of(file);
        }
        return new Location(file, location.getLineNr(), Math.max(0, location.getColumnNr()));
    }

    /** One line, without the parser's advice to its own programmers ("enable `JsonReadFeature…` to allow"). */
    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.strip().replaceAll("\\s*\\n\\s*", " ")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "");
    }

    private static byte[] readBytes(Path path) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new ProblemException(Problem.at(ProblemCode.NOT_A_FILE, Location.of(name),
                        "this is a directory, not a file", "name a .yaml or .json file"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw tooLarge(name);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.at(ProblemCode.FILE_NOT_FOUND, Location.of(name),
                    "no such file", "check the path"));
        } catch (AccessDeniedException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(name),
                    "permission denied", "make the file readable"));
        } catch (IOException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(name),
                    "cannot read: " + e.getMessage(), null));
        }
    }

    /** Strict UTF-8: a file in another encoding would otherwise turn into silently wrong text. */
    public static String decode(byte[] bytes, String name) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new ProblemException(Problem.at(ProblemCode.NOT_UTF8, Location.of(name),
                    "the file is UTF-16", "save it as UTF-8"));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(buffer).toString();
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw new ProblemException(Problem.at(ProblemCode.NOT_UTF8, new Location(name, (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1, 0),
                        "the file contains NUL bytes: it is binary or UTF-16", "save it as UTF-8 text"));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.at(ProblemCode.NOT_UTF8, new Location(name, lineOf(bytes, buffer.position()), 0),
                    "the file is not valid UTF-8", "save it as UTF-8"));
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static ProblemException tooLarge(String name) {
        return new ProblemException(Problem.at(ProblemCode.TOO_LARGE, Location.of(name),
                "the file is larger than " + (MAX_BYTES / 1024 / 1024) + " MiB", "a fact set is a few kilobytes: split it or remove what is not a fact"));
    }

    private static LoaderOptions yamlLimits() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        return options;
    }
}
