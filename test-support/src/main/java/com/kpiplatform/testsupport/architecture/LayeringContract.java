package com.kpiplatform.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The layering every service keeps (STYLE.md, "Boundaries"), checked on its compiled classes:
 * {@code domain/} is plain Java, {@code service/} never reaches up into {@code rest/},
 * {@code repository/} takes domain records and reaches nothing above it, {@code rest/} talks to
 * services only, and a neighbour's wire records stay inside {@code client/} and {@code service/}.
 */
public abstract class LayeringContract {

    /** What {@code domain/} may use besides itself: the JDK and the shared pure values (periods, formulas, keys, actors). */
    private static final String[] PLAIN_JAVA = {"java..", "..domain..", "com.kpiplatform.support.period..",
            "com.kpiplatform.support.formula..", "com.kpiplatform.support.kpi..", "com.kpiplatform.support.actor..",
            "com.ezylang.evalex.."};

    /** Imported once per service: reading the class files is most of these tests' time. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private JavaClasses production;

    /** The service's root package, e.g. {@code com.kpiplatform.alerting}. */
    protected abstract String rootPackage();

    @BeforeEach
    void importProductionClasses() {
        production = IMPORTED.computeIfAbsent(rootPackage(), root -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root));
    }

    @Test
    void domainImportsNoFramework() {
        classes().that().resideInAPackage("..domain..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(PLAIN_JAVA).check(production);
    }

    @Test
    void servicesImportNothingFromRest() {
        noClasses().that().resideInAPackage("..service..").should().dependOnClassesThat()
                .resideInAPackage("..rest..").check(production);
    }

    @Test
    void repositoriesImportNothingFromRestServiceOrClient() {
        noClasses().that().resideInAPackage("..repository..").should().dependOnClassesThat()
                .resideInAnyPackage("..rest..", "..service..", "..client..").check(production);
    }

    @Test
    void resourcesTalkToServicesNotToRepositoriesOrClients() {
        noClasses().that().resideInAPackage("..rest..").should().dependOnClassesThat()
                .resideInAnyPackage("..repository..", "..client..").check(production);
    }

    @Test
    void clientTypesStayInsideTheClientAndServiceBoundary() {
        noClasses().that().resideOutsideOfPackages("..client..", "..service..").should().dependOnClassesThat()
                .resideInAPackage("..client..").check(production);
    }
}
