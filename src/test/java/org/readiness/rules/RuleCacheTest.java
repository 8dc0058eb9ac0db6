package org.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemException;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import org.readiness.rules.RuleCache.Outcome;

/**
 * The rule cache gives back exactly the rule set that compiling gives, and only for exactly the same
 * files: an edit is a miss even when it keeps the file's size and date; an entry that is truncated,
 * damaged, for other rules or smuggling other classes is rejected and rebuilt; a cache that cannot be
 * written, or that others could write, is not used, and the load still succeeds. (Two processes sharing
 * one cache are tested with real processes in {@code RuleCacheIT}.)
 */
class RuleCacheTest {

    @TempDir
    static Path shared;
    static Path rules;
    static Path cacheDir;
    static List<Outcome> firstLoad = new ArrayList<>();
    static RuleSet compiled;
    static byte[] goodEntry;
    static Path entry;

    @BeforeAll
    static void compileOnceIntoTheCache() throws IOException {
        rules = copyOfShippedRules(shared.resolve("rules"));
        cacheDir = shared.resolve("cache");
        compiled = RuleSet.load(rules, RuleCache.at(cacheDir).onEvent(e -> firstLoad.add(e.outcome())));
        entry = onlyEntry(cacheDir);
        goodEntry = Files.readAllBytes(entry);
    }

    @Test
    void aMissCompilesAndStoresThenTheSameFilesAreAHit() {
        assertEquals(List.of(Outcome.MISS, Outcome.STORED), firstLoad);
        assertEquals(List.of(Outcome.HIT), outcomesOfLoading(rules, cacheDir));
    }

    @Test
    void aRuleSetFromTheCacheIsTheCompiledOne() throws IOException {
        RuleSet cached = RuleSet.load(rules, RuleCache.at(cacheDir));
        assertEquals(compiled.hash(), cached.hash());
        assertEquals(compiled.criteria(), cached.criteria());
        assertEquals(compiled.evidencePolicy(), cached.evidencePolicy());
        assertEquals(compiled.rules(), cached.rules());
        assertEquals(describe(compiled.catalog()), describe(cached.catalog()));
        // What each rule reads drives check's analysis and the counterfactual search: it must survive the cache.
        assertEquals(compiled.definitions().stream().map(RuleDefinition::reads).toList(),
                cached.definitions().stream().map(RuleDefinition::reads).toList());
        EvaluationOptions fixed = EvaluationOptions.DEFAULT.withClock(Shipped.CLOCK);
        Readiness fromCompiler = Readiness.of(compiled, fixed);
        Readiness fromCache = Readiness.of(cached, fixed);
        for (FactSet facts : Shipped.certainFactSets()) {
            assertEquals(json(fromCompiler, facts), json(fromCache, facts), "assessment, counterfactual included, of " + facts.origin());
        }
    }

    @Test
    void anEditThatKeepsTheSizeAndDateIsStillAMiss() throws IOException {
        Path edited = copyOfShippedRules(shared.resolve("edited"));
        Path cache = shared.resolve("edited-cache");
        RuleSet.load(edited, RuleCache.at(cache));
        Path file = edited.resolve("ceasefire.drl");
        FileTime date = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        String before = Files.readString(file);
        String after = before.replace("@reason(\"There is no ceasefire", "@reason(\"There is no ceasefir!");
        assertNotEquals(before, after);
        Files.writeString(file, after);
        Files.setLastModifiedTime(file, date);
        assertEquals(size, Files.size(file), "same size");
        assertEquals(date, Files.getLastModifiedTime(file), "same date");

        List<Outcome> outcomes = new ArrayList<>();
        RuleSet reloaded = RuleSet.load(edited, RuleCache.at(cache).onEvent(e -> outcomes.add(e.outcome())));
        assertEquals(List.of(Outcome.MISS, Outcome.STORED), outcomes);
        assertTrue(reloaded.rules().stream().anyMatch(r -> r.reason().startsWith("There is no ceasefir!")), "the edit is seen");
    }

    /**
     * A process that runs many commands (the background process) remembers the rule sets it loaded: the
     * same files give the same rule set without reading the entry; an edit, even one keeping the size and
     * date, is loaded afresh; without a cache nothing is remembered, so --no-cache still compiles.
     */
    @Test
    void aRememberedRuleSetServesOnlyTheSameFiles() throws IOException {
        Path dir = copyOfShippedRules(shared.resolve("remembered"));
        Path cache = shared.resolve("remembered-cache");
        RuleMemory memory = new RuleMemory();
        List<Outcome> outcomes = new ArrayList<>();
        RuleCache remembering = RuleCache.at(cache).withMemory(memory).onEvent(e -> outcomes.add(e.outcome()));
        RuleSet first = RuleSet.load(dir, remembering);
        RuleSet second = RuleSet.load(dir, remembering);
        assertEquals(List.of(Outcome.MISS, Outcome.STORED, Outcome.REMEMBERED), outcomes);
        assertTrue(first == second, "the loaded rule set itself, not a copy");

        Path file = dir.resolve("ceasefire.drl");
        FileTime date = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("@reason(\"There is no ceasefire", "@reason(\"There is no ceasefir!"));
        Files.setLastModifiedTime(file, date);
        outcomes.clear();
        RuleSet edited = RuleSet.load(dir, remembering);
        assertEquals(List.of(Outcome.MISS, Outcome.STORED), outcomes, "an edit is not served from memory");
        assertTrue(edited.rules().stream().anyMatch(r -> r.reason().startsWith("There is no ceasefir!")), "the edit is seen");

        RuleCache none = RuleCache.disabled().withMemory(memory);
        assertTrue(RuleSet.load(dir, none) != RuleSet.load(dir, none), "no cache: every load compiles");
    }

    @Test
    void aTruncatedOrDamagedEntryIsRejectedNeverTrusted() throws IOException {
        Path cache = cacheWith("damaged", goodEntry);
        byte[] flipped = goodEntry.clone();
        flipped[flipped.length / 2] ^= 0x01;
        for (byte[] damaged : List.of(Arrays.copyOf(goodEntry, goodEntry.length / 2), new byte[0], flipped,
                Arrays.copyOf(goodEntry, goodEntry.length - 1))) {
            Files.write(cache.resolve(entry.getFileName()), damaged);
            List<RuleCache.Event> events = new ArrayList<>();
            assertTrue(RuleCache.at(cache).onEvent(events::add).read(RulesDirectory.read(rules)).isEmpty());
            assertEquals(Outcome.REJECTED, events.get(0).outcome());
            assertTrue(events.get(0).detail().contains("checksum"), events.get(0).detail());
        }
    }

    @Test
    void aRejectedEntryIsRebuiltByTheNextLoad() throws IOException {
        Path cache = cacheWith("rebuilt", Arrays.copyOf(goodEntry, 1000));
        assertEquals(List.of(Outcome.REJECTED, Outcome.STORED), outcomesOfLoading(rules, cache));
        assertEquals(List.of(Outcome.HIT), outcomesOfLoading(rules, cache));
    }

    @Test
    void anIntactEntryForOtherRulesIsRejected() throws IOException {
        Path other = copyOfShippedRules(shared.resolve("other"));
        Files.writeString(other.resolve("goals.drl"), "\n// one more line\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        RuleCache cache = RuleCache.at(shared.resolve("other-cache"));
        Path otherEntry = cache.entry(cache.key(RulesDirectory.read(other)));
        Files.createDirectories(otherEntry.getParent());
        Files.write(otherEntry, goodEntry); // the shipped rules' entry, renamed to the edited rules' key
        List<RuleCache.Event> events = new ArrayList<>();
        assertTrue(cache.onEvent(events::add).read(RulesDirectory.read(other)).isEmpty());
        assertEquals(Outcome.REJECTED, events.get(0).outcome());
        assertTrue(events.get(0).detail().contains("another rule set"), events.get(0).detail());
    }

    /** A well-formed entry with a correct checksum whose engine objects are not what rules are made of. */
    @Test
    void anEntryCarryingForeignClassesIsRejected() throws Exception {
        RuleCache cache = RuleCache.at(shared.resolve("foreign-cache"));
        String key = cache.key(RulesDirectory.read(rules));
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
            out.writeObject(new ArrayList<>(List.of(new File("/etc/passwd"))));
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(payload);
        data.writeInt(0); // no types
        data.writeInt(0); // no rules
        data.writeInt(0); // no classes
        data.writeInt(serialised.size());
        serialised.writeTo(data);
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(framed);
        out.write("READINESS-RULES".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(CompiledRulesCodec.FORMAT);
        out.writeUTF(key);
        out.writeInt(payload.size());
        payload.writeTo(out);
        CRC32C crc = new CRC32C();
        crc.update(framed.toByteArray());
        out.writeLong(crc.getValue());
        Files.createDirectories(cache.entry(key).getParent());
        Files.write(cache.entry(key), framed.toByteArray());

        List<RuleCache.Event> events = new ArrayList<>();
        assertTrue(cache.onEvent(events::add).read(RulesDirectory.read(rules)).isEmpty());
        assertEquals(Outcome.REJECTED, events.get(0).outcome());
        assertTrue(events.get(0).detail().contains("filter status: REJECTED"), "refused by the class filter: " + events.get(0).detail());
    }

    @Test
    void anUnwritableCacheIsReportedAndTheLoadStillSucceeds() throws IOException {
        Path file = Files.writeString(shared.resolve("a-file"), "not a directory");
        List<RuleCache.Event> events = new ArrayList<>();
        RuleSet loaded = RuleSet.load(rules, RuleCache.at(file.resolve("cache")).onEvent(events::add));
        assertEquals(compiled.rules(), loaded.rules());
        assertEquals(List.of(Outcome.MISS, Outcome.UNAVAILABLE), events.stream().map(RuleCache.Event::outcome).toList());
        assertTrue(events.get(1).detail().startsWith("cannot write"), events.get(1).detail());
    }

    @Test
    void aCacheOthersCanWriteIsNotUsed() throws IOException {
        Path cache = cacheWith("open", goodEntry);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        List<RuleCache.Event> events = new ArrayList<>();
        RuleSet loaded = RuleSet.load(rules, RuleCache.at(cache).onEvent(events::add));
        assertEquals(compiled.rules(), loaded.rules());
        assertEquals(List.of(Outcome.UNAVAILABLE, Outcome.UNAVAILABLE), events.stream().map(RuleCache.Event::outcome).toList());
        assertTrue(events.get(0).detail().contains("writable by others"), events.get(0).detail());
    }

    @Test
    void brokenRulesReportTheSameProblemsAndAreNeverCached() throws IOException {
        Path broken = copyOfShippedRules(shared.resolve("broken"));
        Files.writeString(broken.resolve("goals.drl"), Files.readString(broken.resolve("goals.drl"))
                .replaceFirst("@criterion\\(\"goals\"\\)", "@criterion(\"gaols\")"));
        Path cache = shared.resolve("broken-cache");
        ProblemException without = assertThrows(ProblemException.class, () -> RuleSet.load(broken));
        ProblemException with = assertThrows(ProblemException.class, () -> RuleSet.load(broken, RuleCache.at(cache)));
        assertEquals(without.problems(), with.problems());
        assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "nothing is cached");
    }

    @Test
    void theOldestEntriesAreEvictedBeyondTheLimit() throws IOException {
        Path cache = cacheWith("full", null);
        for (int i = 0; i < RuleCache.MAX_ENTRIES + 5; i++) {
            Path stale = Files.writeString(cache.resolve("stale-" + i + ".rules"), "x");
            Files.setLastModifiedTime(stale, FileTime.from(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i)));
        }
        RuleSet.load(rules, RuleCache.at(cache));
        try (Stream<Path> files = Files.list(cache)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertEquals(RuleCache.MAX_ENTRIES, names.size(), names.toString());
            assertTrue(names.contains(entry.getFileName().toString()), "the new entry stays");
            assertFalse(names.contains("stale-0.rules"), "the oldest goes");
        }
    }

    @Test
    void theEnvironmentChoosesWhereOrWhetherToCache() {
        assertEquals(Path.of("/c/readiness"), RuleCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h")).directory().orElseThrow());
        assertEquals(Path.of("/h/.cache/readiness"), RuleCache.fromEnvironment(Map.of("HOME", "/h")).directory().orElseThrow());
        assertEquals(Path.of("/h/.cache/readiness"),
                RuleCache.fromEnvironment(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h")).directory().orElseThrow(),
                "a relative XDG_CACHE_HOME is ignored, as the XDG specification says");
        assertEquals(Path.of("/x"), RuleCache.fromEnvironment(Map.of("READINESS_CACHE_DIR", "/x", "HOME", "/h")).directory().orElseThrow());
        assertTrue(RuleCache.fromEnvironment(Map.of("READINESS_NO_CACHE", "1", "READINESS_CACHE_DIR", "/x")).directory().isEmpty());
        assertTrue(RuleCache.fromEnvironment(Map.of()).directory().isEmpty());
    }

    @Test
    void entriesAreKeyedByContentBuildAndPlace() throws IOException {
        RuleCache cache = RuleCache.at(cacheDir);
        String key = cache.key(RulesDirectory.read(rules));
        assertEquals(entry.getFileName().toString(), key + ".rules");
        assertNotEquals(key, cache.key(RulesDirectory.read(Shipped.RULES)),
                "another directory names its files differently in every finding, so it is another entry");
        assertArrayEquals(goodEntry, Files.readAllBytes(entry), "a hit leaves the entry as it was");
    }

    private static List<Outcome> outcomesOfLoading(Path dir, Path cache) {
        List<Outcome> outcomes = new ArrayList<>();
        RuleSet.load(dir, RuleCache.at(cache).onEvent(e -> outcomes.add(e.outcome())));
        return outcomes;
    }

    private static Path cacheWith(String name, byte[] entryBytes) throws IOException {
        Path dir = Files.createDirectory(shared.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        if (entryBytes != null) {
            Files.write(dir.resolve(entry.getFileName()), entryBytes);
        }
        return dir;
    }

    private static Path copyOfShippedRules(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Shipped.RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static Path onlyEntry(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static String json(Readiness readiness, FactSet facts) {
        return OutputFormat.JSON.renderer(RenderOptions.PLAIN).render(List.of(readiness.evaluate(facts)));
    }

    /** Everything fact files and schemas see of the declared types. */
    private static String describe(FactCatalog catalog) {
        StringBuilder out = new StringBuilder();
        for (FactTypeInfo type : catalog.types()) {
            out.append(type.name()).append(' ').append(type.location()).append(' ').append(type.doc()).append('\n');
            for (FieldInfo field : type.fields().values()) {
                out.append("  ").append(field.name()).append(' ').append(field.kind()).append(' ')
                        .append(field.javaType().getName()).append(' ').append(field.allowed()).append(' ')
                        .append(field.required()).append(' ').append(field.key()).append(' ')
                        .append(field.location()).append(' ').append(field.doc()).append('\n');
            }
        }
        return out.toString();
    }
}
