package org.readiness.rules;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.TypeDeclaration;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.io.DescrResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.io.ResourceFactory;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;

/**
 * Compiles DRL files into a knowledge base with Drools' own builder, keeping from the parsed descriptions
 * what the compiled form forgets (rule lines, declared fields).
 *
 * <p>The knowledge builder is used directly rather than through {@code KieBuilder}: no module, release
 * id or repository is involved, so several rule sets can be compiled side by side in one process.
 *
 * <p>Each file is parsed once, here; the builder is given the parsed descriptions. A rule whose
 * consequence is empty (as rules here should be: the engine records what fired) and whose conditions are
 * only patterns is compiled in the MVEL dialect: its consequence then costs no generated Java class, so
 * the Eclipse compiler is not even loaded, and compiling the shipped rules takes about a third less time.
 * Constraints are compiled the same way in either dialect, so such a rule matches exactly the same facts.
 * A rule with a consequence, {@code eval}, {@code from} or inline {@code accumulate} code keeps the Java
 * dialect (or the one it names), and its errors read as before.
 */
final class DrlCompiler {

    /** A compiled rule set, what its sources say that the compiled form forgets, and its declared fact types. */
    record Compiled(InternalKnowledgeBase kieBase, SourceIndex sources, FactCatalog catalog) {
    }

    /** One rule file and its parsed form; {@code descr} is null when it has syntax errors. */
    record Parsed(RuleFile file, Resource resource, PackageDescr descr) {
    }

    private DrlCompiler() {
    }

    static Compiled compile(List<RuleFile> files) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        List<Parsed> parsed = parse(files, configuration.getOption(LanguageLevelOption.KEY));
        List<Problem> tooComplex = RuleComplexity.check(parsed);
        if (!tooComplex.isEmpty()) {
            throw new ProblemException(tooComplex);
        }
        boolean allParsed = parsed.stream().allMatch(p -> p.descr() != null);
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Parsed file : parsed) {
            if (allParsed) {
                file.descr().getRules().forEach(DrlCompiler::preferMvelForEmptyConsequence);
                DescrResource descr = new DescrResource(file.descr());
                descr.setSourcePath(file.file().name());
                batch.add(descr, ResourceType.DESCR);
            } else {
                // Drools parses the files again and reports their syntax errors in its own way
                batch.add(file.resource(), ResourceType.DRL);
            }
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new ProblemException(CompileErrors.problems(builder.getErrors(), files));
        }
        Collection<KiePackage> packages = builder.getKnowledgePackages();
        if (allParsed) {
            forgetParsedSources(packages);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        List<PackageDescr> descrs = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            List<PackageDescr> compiled = builder.getPackageDescrs(pkg.getName());
            if (compiled != null) {
                descrs.addAll(compiled);
            }
        }
        SourceIndex located = SourceIndex.of(descrs);
        FactCatalog catalog = CatalogReader.read(kieBase, located);
        return new Compiled(kieBase, located.withReads(descrs, catalog), catalog);
    }

    /**
     * Compiled from descriptions, each rule and type remembers the whole parsed file as its resource, and
     * would carry it into the rule cache; it needs only the file's name. (Drools uses it for messages and
     * for removing what a changed file defined, neither of which happens to a compiled rule set here.)
     */
    private static void forgetParsedSources(Collection<KiePackage> packages) {
        Map<String, Resource> named = new HashMap<>();
        for (KiePackage pkg : packages) {
            InternalKnowledgePackage internal = (InternalKnowledgePackage) pkg;
            for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                impl.setResource(nameOnly(impl.getResource(), named));
            }
            for (TypeDeclaration type : internal.getTypeDeclarations().values()) {
                type.setResource(nameOnly(type.getResource(), named));
            }
        }
    }

    private static Resource nameOnly(Resource resource, Map<String, Resource> named) {
        if (!(resource instanceof DescrResource) || resource.getSourcePath() == null) {
            return resource;
        }
        return named.computeIfAbsent(resource.getSourcePath(), path -> {
            Resource light = ResourceFactory.newByteArrayResource(new byte[0]);
            light.setSourcePath(path);
            return light;
        });
    }

    private static List<Parsed> parse(List<RuleFile> files, LanguageLevelOption languageLevel) {
        List<Parsed> parsed = new ArrayList<>(files.size());
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            PackageDescr descr;
            try {
                DrlParser parser = new DrlParser(languageLevel);
                descr = parser.parse(resource, new StringReader(file.content()));
                if (parser.hasErrors()) {
                    descr = null;
                }
            } catch (DroolsParserException | RuntimeException e) {
                descr = null;
            }
            parsed.add(new Parsed(file, resource, descr));
        }
        return parsed;
    }

    private static void preferMvelForEmptyConsequence(RuleDescr rule) {
        boolean emptyConsequence = rule.getConsequence() == null || rule.getConsequence().toString().isBlank();
        if (emptyConsequence && rule.getNamedConsequences().isEmpty() && rule.getDialect() == null
                && onlyPatterns(rule.getLhs())) {
            rule.addAttribute(new AttributeDescr("dialect", "mvel"));
        }
    }

    /**
     * Whether the conditions hold nothing a dialect compiles: patterns, their combinations, {@code from
     * collect} and {@code accumulate} with functions of no arguments ({@code count()}).
     */
    private static boolean onlyPatterns(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            return pattern.getSource() == null || pattern.getSource() instanceof EntryPointDescr
                    || onlyPatterns(pattern.getSource());
        }
        if (descr instanceof CollectDescr collect) {
            return onlyPatterns(collect.getInputPattern());
        }
        if (descr instanceof AccumulateDescr accumulate) {
            return accumulate.isExternalFunction()
                    && accumulate.getFunctions().stream().allMatch(f -> f.getParams().length == 0)
                    && onlyPatterns(accumulate.getInput()); // getDescrs() is empty for the parser's accumulates
        }
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr || descr instanceof ForallDescr) {
            return ((ConditionalElementDescr) descr).getDescrs().stream().allMatch(DrlCompiler::onlyPatterns);
        }
        return false;
    }
}
