package org.readiness.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.readiness.model.Location;

/**
 * What the compiled knowledge base forgets about its sources and the loader needs: where each declared
 * type, field and rule is written, and what each rule's conditions read (the types and bindings that
 * check its reason and remedy, and the fields and tests the analysis and the counterfactual search rely
 * on). Taken from the parsed DRL when
 * the rules compile, and stored beside the compiled packages in the rule cache, so that a rule set loaded
 * from the cache is checked and described exactly like a freshly compiled one.
 *
 * @param types keyed by the package-qualified type name ({@code readiness.Ceasefire})
 * @param rules keyed by the package-qualified rule name
 */
record SourceIndex(Map<String, TypeSource> types, Map<String, RuleSource> rules) {

    /** Where a declared type and each of its fields are written. */
    record TypeSource(Location location, Map<String, Location> fields) {
        TypeSource {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * Where a rule is written and what its conditions read.
     *
     * @param reads what they read of the facts, field by field (without what the reason and remedy print,
     *              which the rule's metadata says)
     */
    record RuleSource(Location location, Conditions conditions, FieldReads reads) {
    }

    SourceIndex {
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    static SourceIndex of(List<PackageDescr> descrs) {
        Map<String, TypeSource> types = new LinkedHashMap<>();
        Map<String, RuleSource> rules = new LinkedHashMap<>();
        for (PackageDescr pkg : descrs) {
            for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
                String file = type.getResource() == null ? "?" : type.getResource().getSourcePath();
                Map<String, Location> fields = new LinkedHashMap<>();
                for (Map.Entry<String, TypeFieldDescr> field : type.getFields().entrySet()) {
                    fields.put(field.getKey(), new Location(file, field.getValue().getLine(), field.getValue().getColumn()));
                }
                types.put(pkg.getName() + "." + type.getTypeName(),
                        new TypeSource(new Location(file, type.getLine(), type.getColumn()), fields));
            }
            for (RuleDescr rule : pkg.getRules()) {
                Location at = rule.getResource() == null
                        ? Location.of("rules")
                        : new Location(rule.getResource().getSourcePath(), rule.getLine(), 0);
                rules.put(pkg.getName() + "." + rule.getName(), new RuleSource(at, Conditions.of(rule), FieldReads.NONE));
            }
        }
        return new SourceIndex(types, rules);
    }

    /**
     * This index with what each rule reads of the facts, which takes the declared fact types: the catalog
     * made from this index's type locations.
     */
    SourceIndex withReads(List<PackageDescr> descrs, FactCatalog catalog) {
        Map<String, RuleSource> read = new LinkedHashMap<>(rules);
        for (PackageDescr pkg : descrs) {
            for (RuleDescr rule : pkg.getRules()) {
                String name = pkg.getName() + "." + rule.getName();
                RuleSource source = rules.get(name);
                read.put(name, new RuleSource(source.location(), source.conditions(), ConditionReader.read(rule, catalog)));
            }
        }
        return new SourceIndex(types, read);
    }
}
