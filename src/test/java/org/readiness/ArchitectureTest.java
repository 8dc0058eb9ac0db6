package org.readiness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of design §6, kept honest for every future change: the model depends on nothing; data
 * flows from rules and facts through the engine to the renderers; the command line and the server are
 * leaves (the command line starts the server).
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.readiness");

    @Test
    void theModelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.readiness.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.readiness.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.readiness.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.readiness.cli..")
                .check(CLASSES);
    }

    @Test
    void nothingButTheCommandLineDependsOnTheServer() {
        noClasses().that().resideOutsideOfPackages("org.readiness.server..", "org.readiness.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.readiness.server..")
                .check(CLASSES);
    }

    @Test
    void onlyTheServerTouchesJetty() {
        noClasses().that().resideOutsideOfPackage("org.readiness.server..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..")
                .check(CLASSES);
    }

    @Test
    void renderersSeeOnlyTheModel() {
        noClasses().that().resideInAPackage("org.readiness.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.readiness.rules..", "org.readiness.facts..",
                        "org.readiness.engine..", "org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void rulesAndFactsDoNotReachIntoEvaluation() {
        noClasses().that().resideInAnyPackage("org.readiness.rules..", "org.readiness.facts..", "org.readiness.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.readiness.engine..", "org.readiness.report..")
                .check(CLASSES);
    }

    @Test
    void theDocumentReaderKnowsNothingOfRulesOrFacts() {
        noClasses().that().resideInAPackage("org.readiness.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.readiness.rules..", "org.readiness.facts..", "org.drools..", "org.kie..")
                .check(CLASSES);
    }

    /**
     * The service reads no file a request names (README, "Trust model"): only the rules watcher (listing
     * and sizing the rule files) and the decision log (appending) touch the file system, and no server class
     * reads a fact file. A file-reading endpoint would have to break this rule.
     */
    @Test
    void theServerReadsNoFileARequestCouldName() {
        noClasses().that().resideInAPackage("org.readiness.server..")
                .and().doNotHaveSimpleName("RulesWatcher").and().doNotHaveSimpleName("DecisionLog")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel")
                .orShould().dependOnClassesThat().resideInAPackage("java.nio.file.spi..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccessFile).*")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.readiness.server..")
                .should().callMethod(org.readiness.Readiness.class, "readFacts", java.nio.file.Path.class)
                .orShould().callMethod(org.readiness.Readiness.class, "evaluate", java.nio.file.Path.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheReportUsesTheTemplateEngine() {
        noClasses().that().resideOutsideOfPackages("org.readiness.report..")
                .should().dependOnClassesThat().resideInAnyPackage("gg.jte..")
                .check(CLASSES);
    }

    @Test
    void theDiffComparesModelsAndNothingElse() {
        noClasses().that().resideInAPackage("org.readiness.diff..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.readiness.diff..", "org.readiness.model..", "java..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRulesAndEngineTouchDrools() {
        noClasses().that().resideOutsideOfPackages("org.readiness.rules..", "org.readiness.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .check(CLASSES);
    }

    @Test
    void theAuthoringToolsSitOnTopAndNothingBelowDependsOnThem() {
        noClasses().that().resideInAnyPackage("org.readiness.model..", "org.readiness.document..", "org.readiness.rules..",
                        "org.readiness.facts..", "org.readiness.engine..", "org.readiness.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.readiness.check..", "org.readiness.testing..", "org.readiness.schema..")
                .check(CLASSES);
    }
}
