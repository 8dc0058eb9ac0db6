package org.readiness.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;

/**
 * Compiles DRL files into a knowledge base with Drools' own builder, keeping the parsed descriptions
 * (rule lines, declared fields) that the compiled form forgets.
 *
 * <p>The knowledge builder is used directly rather than through {@code KieBuilder}: no module, release
 * id or repository is involved, so several rule sets can be compiled side by side in one process.
 */
final class DrlCompiler {

    /** A compiled rule set and the descriptions it was compiled from. */
    record Compiled(InternalKnowledgeBase kieBase, List<PackageDescr> descrs) {
    }

    private DrlCompiler() {
    }

    static Compiled compile(List<RuleFile> files) {
        List<Problem> tooComplex = RuleComplexity.check(files);
        if (!tooComplex.isEmpty()) {
            throw new ProblemException(tooComplex);
        }
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            throw new ProblemException(CompileErrors.problems(builder.getErrors(), files));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        List<PackageDescr> descrs = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            List<PackageDescr> compiled = builder.getPackageDescrs(pkg.getName());
            if (compiled != null) {
                descrs.addAll(compiled);
            }
        }
        return new Compiled(kieBase, descrs);
    }
}
