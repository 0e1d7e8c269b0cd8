package org.survivorvoice;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.security.StaffIdentityAugmentor;

/**
 * The shape ARCHITECTURE.md and STYLE.md describe, checked on every build over the main classes
 * (tests and their fixtures are not imported, so a fixture may build rows as it needs). Only the
 * naming rule has exceptions, named in it: {@link StaffIdentityAugmentor}, named for the Quarkus
 * SPI it implements, and the dev-profile {@code demo} loader, named for what it writes. Otherwise
 * the disclosure policy lives in {@code scoring.disclosure} beside the method it re-runs, and the
 * report contracts in {@code reports.data} (the template's names in {@code reports.excel}).
 */
@AnalyzeClasses(
        packages = "org.survivorvoice",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String APP = "org.survivorvoice";

    private static final DescribedPredicate<JavaClass> ENTITIES =
            describe("entities", c -> c.isAnnotatedWith(Entity.class));

    @ArchTest
    static final ArchRule featuresHaveNoCycles =
            slices().matching(APP + ".(*)..")
                    .namingSlices("feature $1")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "data flows one way (ARCHITECTURE.md): intake -> feedback -> scoring"
                                    + " -> reports; a cycle makes a newcomer change several"
                                    + " features at once");

    @ArchTest
    static final ArchRule packagesHaveNoCycles =
            slices().matching(APP + ".(**)")
                    .namingSlices("package $1")
                    .should()
                    .beFreeOfCycles()
                    .because(
                            "a role sub-package sits below its feature, never beside it in a loop");

    @ArchTest
    static final ArchRule resourcesHoldNoTransactionsAndNoPersistence =
            CompositeArchRule.of(
                            noClasses()
                                    .that()
                                    .areAnnotatedWith(Path.class)
                                    .should()
                                    .beAnnotatedWith(Transactional.class)
                                    .orShould()
                                    .dependOnClassesThat()
                                    .belongToAnyOf(QuarkusTransaction.class)
                                    .orShould()
                                    .dependOnClassesThat()
                                    .areAssignableTo(EntityManager.class)
                                    .orShould()
                                    .dependOnClassesThat()
                                    .resideInAnyPackage(
                                            "io.quarkus.hibernate.orm.panache..", "org.hibernate..")
                                    .orShould()
                                    .callMethodWhere(panacheCalls()))
                    .and(
                            noMethods()
                                    .that()
                                    .areDeclaredInClassesThat()
                                    .areAnnotatedWith(Path.class)
                                    .should()
                                    .beAnnotatedWith(Transactional.class))
                    .because(
                            "resources map input, call one service method and pick the status;"
                                    + " transactions and queries live in services (STYLE.md)");

    @ArchTest
    static final ArchRule resourcesNeverReturnEntities =
            methods()
                    .that()
                    .areDeclaredInClassesThat()
                    .areAnnotatedWith(Path.class)
                    .should(returnNo(ENTITIES))
                    .because("a resource's outputs are records, never entities (STYLE.md)");

    @ArchTest
    static final ArchRule methodIsPure =
            noClasses()
                    .that()
                    .resideInAPackage(APP + ".scoring.method..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "jakarta.enterprise..",
                            "jakarta.inject..",
                            "jakarta.annotation..",
                            "jakarta.persistence..",
                            "jakarta.transaction..",
                            "io.quarkus..",
                            "io.smallrye..",
                            "org.eclipse.microprofile..",
                            "org.hibernate..",
                            "java.sql..",
                            "javax.sql..")
                    .orShould()
                    .dependOnClassesThat(
                            resideInAPackage(APP + "..")
                                    .and(
                                            DescribedPredicate.not(
                                                    resideInAPackage(APP + ".scoring.method.."))))
                    .because(
                            "the calculators are pure functions of counts, unit-tested without CDI"
                                    + " or a database, and every feature may use them");

    @ArchTest
    static final ArchRule onlyFeedbackServiceStoresRatings =
            noClasses()
                    .that()
                    .doNotBelongToAnyOf(FeedbackService.class)
                    .should()
                    .callConstructor(Rating.class)
                    .orShould()
                    .callMethodWhere(persisting(Rating.class))
                    .because(
                            "FeedbackService is the one write path of ratings: it checks one rating"
                                    + " per encounter and tells outreach the encounter is rated"
                                    + " (the demo's JDBC bulk load writes rows, not entities)");

    @ArchTest
    static final ArchRule transactionalBeansAreNamedForTheirLayer =
            classes()
                    .that(openOrJoinTransactions())
                    .and()
                    .doNotBelongToAnyOf(StaffIdentityAugmentor.class)
                    .and()
                    .resideOutsideOfPackage(APP + ".demo..")
                    .should()
                    .haveSimpleNameEndingWith("Service")
                    .orShould()
                    .haveSimpleNameEndingWith("Queries")
                    .because(
                            "a bean with transactions is named for its layer (README, Where things"
                                    + " live): XxxService changes data or is the use case a"
                                    + " resource, schedule or intake adapter calls, XxxQueries only"
                                    + " reads; StaffIdentityAugmentor is named for the Quarkus SPI"
                                    + " it implements, and the dev-profile demo loader for what it"
                                    + " writes");

    /** Calls of Panache: entities' and repositories' inherited or generated methods. */
    private static DescribedPredicate<JavaMethodCall> panacheCalls() {
        return describe(
                "a Panache method",
                call ->
                        call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                                || call.getTargetOwner()
                                        .isAssignableTo(PanacheRepositoryBase.class));
    }

    /**
     * Classes with {@code @Transactional} on themselves or a method, or using QuarkusTransaction.
     */
    private static DescribedPredicate<JavaClass> openOrJoinTransactions() {
        return describe(
                "open or join transactions",
                c ->
                        c.isAnnotatedWith(Transactional.class)
                                || c.getMethods().stream()
                                        .anyMatch(m -> m.isAnnotatedWith(Transactional.class))
                                || c.getDirectDependenciesFromSelf().stream()
                                        .anyMatch(
                                                d ->
                                                        d.getTargetClass()
                                                                .isEquivalentTo(
                                                                        QuarkusTransaction.class)));
    }

    /** Calls that persist an instance of the entity. */
    private static DescribedPredicate<JavaMethodCall> persisting(Class<?> entity) {
        return describe(
                "persist or persistAndFlush of " + entity.getSimpleName(),
                call ->
                        call.getTargetOwner().isAssignableTo(entity)
                                && call.getName().startsWith("persist"));
    }

    /** Methods whose return type, type arguments included, involves none of the classes. */
    private static ArchCondition<JavaMethod> returnNo(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("return no " + forbidden.getDescription()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> found =
                        method.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(forbidden)
                                .collect(Collectors.toSet());
                events.add(
                        new SimpleConditionEvent(
                                method,
                                found.isEmpty(),
                                method.getFullName()
                                        + " returns "
                                        + found.stream()
                                                .map(JavaClass::getSimpleName)
                                                .sorted()
                                                .collect(Collectors.joining(", "))));
            }
        };
    }
}
