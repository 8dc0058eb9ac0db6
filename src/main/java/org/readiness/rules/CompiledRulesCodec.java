package org.readiness.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;
import org.readiness.model.Location;

/**
 * The bytes of one rule cache entry: a compiled rule set (the classes Drools generated for the declared
 * fact types, the compiled packages in Drools' own serial form, and the {@link SourceIndex}), framed so
 * that a damaged entry is detected rather than trusted:
 *
 * <pre>
 * "READINESS-RULES" format  key  length  payload  CRC-32C(everything before it)
 * </pre>
 *
 * Decoding checks the length and checksum before it reads anything, and then lets the Java deserialiser
 * make only classes of the JDK's collections, of Drools and MVEL, and of the rule set's own declared
 * types. The checksum detects truncation and damage, not tampering: the cache directory's permissions
 * guard against that (see {@link RuleCache}). CRC-32C rather than SHA-256 because the JVM computes it
 * with one instruction per eight bytes even before its optimising compiler has started, which is all a
 * run of the command line ever sees.
 */
final class CompiledRulesCodec {

    /** Bumped whenever the layout below changes; part of the cache key too. */
    static final int FORMAT = 3;

    private static final byte[] MAGIC = "READINESS-RULES".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_BYTES = Long.BYTES;
    private static final List<String> ALLOWED_PACKAGES = List.of("java.lang.", "java.util.", "org.drools.", "org.kie.", "org.mvel2.");

    /** An entry that is truncated, damaged, of another format or key, or that the engine cannot load. */
    static final class CorruptEntryException extends IOException {
        CorruptEntryException(String message) {
            super(message);
        }

        CorruptEntryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CompiledRulesCodec() {
    }

    /**
     * @throws IOException when the rule set cannot be written in this form (it is then simply not cached)
     */
    static byte[] encode(String key, DrlCompiler.Compiled compiled) throws IOException {
        if (!(compiled.kieBase().getRootClassLoader() instanceof ProjectClassLoader classes)) {
            throw new IOException("the knowledge base's classes are not in a Drools project class loader");
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream out = new DataOutputStream(payload);
        writeIndex(out, compiled.sources());
        Map<String, byte[]> store = classes.getStore() == null ? Map.of() : new TreeMap<>(classes.getStore());
        out.writeInt(store.size());
        for (Map.Entry<String, byte[]> entry : store.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
        }
        ByteArrayOutputStream packages = new ByteArrayOutputStream(256 * 1024);
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(packages)) {
            objects.writeObject(new ArrayList<>(compiled.kieBase().getKiePackages()));
        }
        out.writeInt(packages.size());
        packages.writeTo(out);
        out.flush();

        ByteArrayOutputStream entry = new ByteArrayOutputStream(payload.size() + 256);
        DataOutputStream framed = new DataOutputStream(entry);
        framed.write(MAGIC);
        framed.writeInt(FORMAT);
        framed.writeUTF(key);
        framed.writeInt(payload.size());
        payload.writeTo(framed);
        framed.flush();
        framed.writeLong(checksum(entry.toByteArray(), entry.size()));
        return entry.toByteArray();
    }

    /**
     * The compiled rule set in {@code bytes}, with a fresh knowledge base of its own.
     *
     * @throws CorruptEntryException for anything short of a whole, intact entry for this key
     */
    static DrlCompiler.Compiled decode(String key, byte[] bytes) throws CorruptEntryException {
        int body = bytes.length - CHECKSUM_BYTES;
        if (body < MAGIC.length + 4 || checksum(bytes, body) != ByteBuffer.wrap(bytes, body, CHECKSUM_BYTES).getLong()) {
            throw new CorruptEntryException("its checksum does not match: it is truncated or damaged");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body));
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT) {
                throw new CorruptEntryException("it is not a rule cache entry of format " + FORMAT);
            }
            if (!in.readUTF().equals(key)) {
                throw new CorruptEntryException("it holds another rule set");
            }
            int length = in.readInt();
            if (length != in.available()) {
                throw new CorruptEntryException("its length does not match");
            }
            SourceIndex sources = readIndex(in);
            Map<String, byte[]> store = new HashMap<>();
            int classCount = in.readInt();
            for (int i = 0; i < classCount; i++) {
                String name = in.readUTF();
                store.put(name, in.readNBytes(bounded(in)));
            }
            byte[] packageBytes = in.readNBytes(bounded(in));
            InternalKnowledgeBase kieBase = knowledgeBase(store, packageBytes);
            return new DrlCompiler.Compiled(kieBase, sources, CatalogReader.read(kieBase, sources));
        } catch (CorruptEntryException e) {
            throw e;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            throw new CorruptEntryException("the engine cannot load it: " + e, e);
        }
    }

    private static InternalKnowledgeBase knowledgeBase(Map<String, byte[]> store, byte[] packageBytes)
            throws IOException, ClassNotFoundException {
        ProjectClassLoader classes = ProjectClassLoader.createProjectClassLoader(null, store);
        Set<String> declared = new java.util.HashSet<>();
        store.keySet().forEach(resource -> declared.add(resource.replace('/', '.').replaceFirst("\\.class$", "")));
        List<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packageBytes), classes)) {
            in.setObjectInputFilter(info -> allowed(info, declared));
            @SuppressWarnings("unchecked")
            List<KiePackage> read = (List<KiePackage>) in.readObject();
            packages = read;
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, classes));
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** Only what a compiled rule set is made of: a stray class in the stream means the entry is not ours. */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info, Set<String> declared) {
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        String name = type.getName();
        if (type.isPrimitive() || declared.contains(name) || ALLOWED_PACKAGES.stream().anyMatch(name::startsWith)) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        return ObjectInputFilter.Status.REJECTED;
    }

    private static void writeIndex(DataOutputStream out, SourceIndex sources) throws IOException {
        out.writeInt(sources.types().size());
        for (Map.Entry<String, SourceIndex.TypeSource> type : sources.types().entrySet()) {
            out.writeUTF(type.getKey());
            writeLocation(out, type.getValue().location());
            out.writeInt(type.getValue().fields().size());
            for (Map.Entry<String, Location> field : type.getValue().fields().entrySet()) {
                out.writeUTF(field.getKey());
                writeLocation(out, field.getValue());
            }
        }
        out.writeInt(sources.rules().size());
        for (Map.Entry<String, SourceIndex.RuleSource> rule : sources.rules().entrySet()) {
            out.writeUTF(rule.getKey());
            writeLocation(out, rule.getValue().location());
            Conditions conditions = rule.getValue().conditions();
            out.writeInt(conditions.factTypes().size());
            for (String type : conditions.factTypes()) {
                out.writeUTF(type);
            }
            out.writeInt(conditions.bindings().size());
            for (Map.Entry<String, String> binding : conditions.bindings().entrySet()) {
                out.writeUTF(binding.getKey());
                out.writeBoolean(binding.getValue() != null);
                if (binding.getValue() != null) {
                    out.writeUTF(binding.getValue());
                }
            }
            writeReads(out, rule.getValue().reads());
        }
    }

    private static void writeReads(DataOutputStream out, FieldReads reads) throws IOException {
        writeSets(out, reads.fields());
        out.writeInt(reads.literals().size());
        for (Map.Entry<String, Set<Object>> literals : reads.literals().entrySet()) {
            out.writeUTF(literals.getKey());
            out.writeInt(literals.getValue().size());
            for (Object literal : literals.getValue()) {
                writeLiteral(out, literal);
            }
        }
        writeStrings(out, reads.joined());
        out.writeInt(reads.counted().size());
        for (Map.Entry<String, Long> counted : reads.counted().entrySet()) {
            out.writeUTF(counted.getKey());
            out.writeLong(counted.getValue());
        }
        writeStrings(out, reads.opaque());
        out.writeBoolean(reads.positive());
        out.writeInt(reads.tests().size());
        for (Map.Entry<String, FieldReads.EnumTests> tests : reads.tests().entrySet()) {
            out.writeUTF(tests.getKey());
            out.writeInt(tests.getValue().sets().size());
            for (Set<String> set : tests.getValue().sets()) {
                writeStrings(out, set);
            }
            out.writeBoolean(tests.getValue().opaque());
        }
    }

    private static FieldReads readReads(DataInputStream in) throws IOException {
        Map<String, Set<String>> fields = readSets(in);
        Map<String, Set<Object>> literals = new LinkedHashMap<>();
        int literalCount = bounded(in);
        for (int i = 0; i < literalCount; i++) {
            String key = in.readUTF();
            Set<Object> values = new LinkedHashSet<>();
            int valueCount = bounded(in);
            for (int j = 0; j < valueCount; j++) {
                values.add(readLiteral(in));
            }
            literals.put(key, values);
        }
        Set<String> joined = new LinkedHashSet<>(readStrings(in));
        Map<String, Long> counted = new LinkedHashMap<>();
        int countedCount = bounded(in);
        for (int i = 0; i < countedCount; i++) {
            counted.put(in.readUTF(), in.readLong());
        }
        List<String> opaque = readStrings(in);
        boolean positive = in.readBoolean();
        Map<String, FieldReads.EnumTests> tests = new LinkedHashMap<>();
        int testCount = bounded(in);
        for (int i = 0; i < testCount; i++) {
            String key = in.readUTF();
            List<Set<String>> sets = new ArrayList<>();
            int setCount = bounded(in);
            for (int j = 0; j < setCount; j++) {
                sets.add(new LinkedHashSet<>(readStrings(in)));
            }
            tests.put(key, new FieldReads.EnumTests(sets, in.readBoolean()));
        }
        return new FieldReads(fields, literals, joined, counted, Map.of(), opaque, positive, tests);
    }

    /** The literals a condition compares a field with are text, whole numbers, decimals or truth values. */
    private static void writeLiteral(DataOutputStream out, Object literal) throws IOException {
        if (literal instanceof String text) {
            out.writeByte('s');
            out.writeUTF(text);
        } else if (literal instanceof Long number) {
            out.writeByte('l');
            out.writeLong(number);
        } else if (literal instanceof Double number) {
            out.writeByte('d');
            out.writeDouble(number);
        } else if (literal instanceof Boolean truth) {
            out.writeByte('b');
            out.writeBoolean(truth);
        } else {
            throw new IOException("a literal of " + literal.getClass() + " cannot be cached");
        }
    }

    private static Object readLiteral(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 's' -> in.readUTF();
            case 'l' -> in.readLong();
            case 'd' -> in.readDouble();
            case 'b' -> in.readBoolean();
            default -> throw new CorruptEntryException("a literal of an unknown kind");
        };
    }

    private static void writeSets(DataOutputStream out, Map<String, Set<String>> sets) throws IOException {
        out.writeInt(sets.size());
        for (Map.Entry<String, Set<String>> entry : sets.entrySet()) {
            out.writeUTF(entry.getKey());
            writeStrings(out, entry.getValue());
        }
    }

    private static Map<String, Set<String>> readSets(DataInputStream in) throws IOException {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        int count = bounded(in);
        for (int i = 0; i < count; i++) {
            sets.put(in.readUTF(), new LinkedHashSet<>(readStrings(in)));
        }
        return sets;
    }

    private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        int count = bounded(in);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static SourceIndex readIndex(DataInputStream in) throws IOException {
        Map<String, SourceIndex.TypeSource> types = new LinkedHashMap<>();
        int typeCount = bounded(in);
        for (int i = 0; i < typeCount; i++) {
            String name = in.readUTF();
            Location at = readLocation(in);
            Map<String, Location> fields = new LinkedHashMap<>();
            int fieldCount = bounded(in);
            for (int j = 0; j < fieldCount; j++) {
                fields.put(in.readUTF(), readLocation(in));
            }
            types.put(name, new SourceIndex.TypeSource(at, fields));
        }
        Map<String, SourceIndex.RuleSource> rules = new LinkedHashMap<>();
        int ruleCount = bounded(in);
        for (int i = 0; i < ruleCount; i++) {
            String name = in.readUTF();
            Location at = readLocation(in);
            List<String> factTypes = new ArrayList<>();
            int factTypeCount = bounded(in);
            for (int j = 0; j < factTypeCount; j++) {
                factTypes.add(in.readUTF());
            }
            Map<String, String> bindings = new LinkedHashMap<>();
            int bindingCount = bounded(in);
            for (int j = 0; j < bindingCount; j++) {
                String binding = in.readUTF();
                bindings.put(binding, in.readBoolean() ? in.readUTF() : null);
            }
            rules.put(name, new SourceIndex.RuleSource(at, new Conditions(List.copyOf(factTypes), bindings), readReads(in)));
        }
        return new SourceIndex(types, rules);
    }

    private static void writeLocation(DataOutputStream out, Location location) throws IOException {
        out.writeUTF(location.file());
        out.writeInt(location.line());
        out.writeInt(location.column());
    }

    private static Location readLocation(DataInputStream in) throws IOException {
        return new Location(in.readUTF(), in.readInt(), in.readInt());
    }

    /** A count or length can never exceed the bytes that are left: a larger one is damage, not a huge array. */
    private static int bounded(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new CorruptEntryException("a length inside it is out of range");
        }
        return length;
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
