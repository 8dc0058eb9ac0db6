package org.readiness.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.readiness.document.ProblemCollector;
import org.readiness.model.Location;
import org.readiness.model.ProblemCode;

/**
 * Reads the fact types a compiled rule set declares ({@code declare Ceasefire … end}) and checks that
 * fact files can fill them in: supported field types, boxed so that "not given" stays null, and no
 * field named like the envelope every fact carries.
 */
final class CatalogReader {

    private final ProblemCollector problems = new ProblemCollector();

    static FactCatalog read(KieBase kieBase, SourceIndex sources) {
        return new CatalogReader().catalog(kieBase, sources);
    }

    private FactCatalog catalog(KieBase kieBase, SourceIndex sources) {
        List<FactTypeInfo> types = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (TypeDeclaration declaration : ((InternalKnowledgePackage) pkg).getTypeDeclarations().values()) {
                SourceIndex.TypeSource source = sources.types().get(declaration.getFullName());
                boolean declaredClass = source != null && declaration.getKind() == TypeDeclaration.Kind.CLASS;
                if (declaredClass) {
                    FactType factType = kieBase.getFactType(pkg.getName(), declaration.getTypeName());
                    types.add(type(factType, source));
                }
            }
        }
        types.sort(Comparator.comparing((FactTypeInfo t) -> t.location().file()).thenComparingInt(t -> t.location().line()));
        Map<String, FactTypeInfo> byName = new LinkedHashMap<>();
        for (FactTypeInfo type : types) {
            FactTypeInfo clash = byName.putIfAbsent(type.name(), type);
            if (clash != null) {
                problems.add(ProblemCode.UNSUPPORTED_DECLARATION, type.location(), type.name(),
                        "fact type " + type.name() + " is declared twice (also at " + clash.location() + ")",
                        "fact files name types without a package: give each a distinct name");
            }
        }
        problems.throwIfAny();
        return new FactCatalog(byName);
    }

    private FactTypeInfo type(FactType factType, SourceIndex.TypeSource source) {
        Location at = source.location();
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        for (FactField field : factType.getFields()) {
            Location fieldAt = source.fields().getOrDefault(field.getName(), at);
            FieldInfo info = field(factType.getSimpleName(), field, fieldAt);
            if (info != null) {
                fields.put(info.name(), info);
            }
        }
        return new FactTypeInfo(factType.getSimpleName(), MetaText.of(metadata(factType.getMetaData()).get("doc")),
                fields, factType, at);
    }

    private FieldInfo field(String typeName, FactField field, Location at) {
        String path = typeName + "." + field.getName();
        Class<?> javaType = field.getType();
        if (FactCatalog.RESERVED.contains(field.getName())) {
            problems.add(ProblemCode.UNSUPPORTED_DECLARATION, at, path,
                    "'" + field.getName() + "' is reserved: every fact has it", "rename the field");
            return null;
        }
        FieldKind kind = FieldKind.of(javaType);
        if (kind == null) {
            String hint = javaType.isPrimitive()
                    ? "declare it as " + boxed(javaType) + " so that a fact that does not give it leaves it unknown, not " + (javaType == boolean.class ? "false" : "0")
                    : "use String, Boolean, Integer, Long, Double, java.time.LocalDate or a declared enum";
            problems.add(ProblemCode.UNSUPPORTED_DECLARATION, at, path,
                    "fact files cannot fill in a field of type " + javaType.getSimpleName(), hint);
            return null;
        }
        Map<String, Object> meta = metadata(field.getMetaData());
        Map<String, Object> choices = new LinkedHashMap<>();
        if (kind == FieldKind.CHOICE) {
            for (Object constant : javaType.getEnumConstants()) {
                choices.put(FieldInfo.spell(((Enum<?>) constant).name()), constant);
            }
        }
        boolean key = field.isKey();
        return new FieldInfo(field.getName(), kind, javaType, choices, key || meta.containsKey("required"), key,
                MetaText.of(meta.get("doc")), at, key || meta.containsKey("fixed"));
    }

    private static Map<String, Object> metadata(Map<String, Object> meta) {
        return meta == null ? Map.of() : meta;
    }

    private static String boxed(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> "Integer";
            case "long" -> "Long";
            case "double" -> "Double";
            case "boolean" -> "Boolean";
            default -> "its boxed type";
        };
    }
}
