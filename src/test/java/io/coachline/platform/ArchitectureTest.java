package io.coachline.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house rules of {@code io.coachline} (see its package-info), checked on the compiled main classes so a
 * change that breaks one fails the build instead of waiting for a review.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.coachline");
    }

    @Test
    void controlNeverCallsBoundary() {
        noClasses().that().resideInAPackage("..control..").should().dependOnClassesThat().resideInAPackage("..boundary..")
                .because("boundary -> control -> entity, never backwards").check(main);
    }

    @Test
    void entitiesDependOnNoBoundaryOrControl() {
        noClasses().that().resideInAPackage("..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "..control..")
                .because("entities and records are the bottom layer").check(main);
    }

    @Test
    void analyticsIsPlainJava() {
        noClasses().that().resideInAPackage("io.coachline.analytics..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "javax..", "org.eclipse..", "io.coachline.athlete..", "io.coachline.chat..",
                        "io.coachline.coach..", "io.coachline.mcp..", "io.coachline.platform..", "io.coachline.tenancy..")
                .because("analytics is plain Java over plain records, unit-tested without a server").check(main);
    }

    @Test
    void inputRecordsLiveInEntityPackages() {
        classes().that().areTopLevelClasses().and().haveSimpleNameEndingWith("Input").should().resideInAPackage("..entity..")
                .andShould().beRecords()
                .because("an operation's input is one record whose constraints state its limits once").check(main);
    }

    @Test
    void beansAreInjectedWithInjectNotEjb() {
        noFields().should().beAnnotatedWith("jakarta.ejb.EJB")
                .because("one way to inject: @Inject works for no-interface EJBs and every other bean").check(main);
    }

    @Test
    void transactionsStartInControlEjbs() {
        noClasses().that().resideInAPackage("..boundary..").should().dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("resources map and delegate; transactions start at the EJBs of control").check(main);
        noClasses().that().resideInAPackage("..boundary..").should().beAnnotatedWith("jakarta.ejb.Stateless")
                .orShould().beAnnotatedWith("jakarta.transaction.Transactional").check(main);
    }

    @Test
    void callerIsEstablishedOnlyByTheAuthenticationFilter() {
        noClasses().that().doNotHaveFullyQualifiedName("io.coachline.tenancy.boundary.AuthenticationFilter")
                .and().doNotHaveFullyQualifiedName("io.coachline.tenancy.control.Caller")
                .should().callMethod("io.coachline.tenancy.control.Caller", "establish",
                        "io.coachline.tenancy.control.Caller$Identity")
                .because("tenant and user come only from the verified token").check(main);
    }

    @Test
    void tokensAreVerifiedOnlyByTheApplication() {
        noClasses().should().beAnnotatedWith("org.eclipse.microprofile.auth.LoginConfig")
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.jwt..")
                .because("tenancy.control.TokenVerifier verifies and remembers tokens with the standard mp.jwt.* keys on "
                        + "every server; the server's MicroProfile JWT would verify each request's token again")
                .check(main);
    }

    @Test
    void nothingOutsideMcpDependsOnMcp() {
        noClasses().that().resideOutsideOfPackage("io.coachline.mcp..")
                .should().dependOnClassesThat().resideInAPackage("io.coachline.mcp..")
                .because("mcp is a protocol adapter over the tool catalogue; features and the chat use io.coachline.tools")
                .check(main);
    }

    @Test
    void theCatalogueKnowsNoProtocolAndNoFeature() {
        noClasses().that().resideInAPackage("io.coachline.tools..").should().dependOnClassesThat()
                .resideInAnyPackage("io.coachline.mcp..", "io.coachline.chat..", "io.coachline.coach..",
                        "io.coachline.athlete..", "io.coachline.analytics..")
                .because("features declare tools, prompts and resources; the catalogue only finds and calls them")
                .check(main);
    }
}
