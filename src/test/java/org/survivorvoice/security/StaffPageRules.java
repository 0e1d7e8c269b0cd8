package org.survivorvoice.security;

import static org.survivorvoice.security.AccessRules.ADMIN;
import static org.survivorvoice.security.AccessRules.ALL;
import static org.survivorvoice.security.AccessRules.OFFICIALS;
import static org.survivorvoice.security.AccessRules.READERS;
import static org.survivorvoice.security.AccessRules.WORKERS;
import static org.survivorvoice.security.AccessRules.bound;
import static org.survivorvoice.security.AccessRules.free;

import java.util.Map;
import org.survivorvoice.security.AccessRules.Gate;
import org.survivorvoice.security.AccessRules.Rule;
import org.survivorvoice.security.AccessRules.Target;

/** The staff pages' part of {@link AccessRules}: one line per operation under {@code /staff}. */
final class StaffPageRules {

    private StaffPageRules() {}

    static void add() {
        free("GET /staff", ALL, i -> "/staff");
        bound("GET /staff/trainings/{id}", READERS, i -> "/staff/trainings/" + i.training());
        bound(
                "GET /staff/trainings/{id}/chart.png",
                READERS,
                i -> "/staff/trainings/" + i.training() + "/chart.png");
        free("GET /staff/admin", ADMIN, i -> "/staff/admin");
        free("POST /staff/admin/scores-refresh", ADMIN, i -> "/staff/admin/scores-refresh");
        free("GET /staff/areas", ADMIN, i -> "/staff/areas");
        free("POST /staff/areas", ADMIN, i -> "/staff/areas");
        free("GET /staff/service-types", ADMIN, i -> "/staff/service-types");
        free("POST /staff/service-types", ADMIN, i -> "/staff/service-types");
        free("GET /staff/assisted", WORKERS, i -> "/staff/assisted");
        free("POST /staff/assisted", WORKERS, i -> "/staff/assisted");
        free("GET /staff/assisted/thanks", WORKERS, i -> "/staff/assisted/thanks");
        // safety cases: officials and funders are refused by role, whatever their district
        free("GET /staff/cases", WORKERS, i -> "/staff/cases");
        free("GET /staff/cases/{id}", WORKERS, i -> "/staff/cases/" + i.safetyCase());
        free("POST /staff/cases/{id}", WORKERS, i -> "/staff/cases/" + i.safetyCase());
        free(
                "POST /staff/cases/{id}/reveal",
                WORKERS,
                i -> "/staff/cases/" + i.safetyCase() + "/reveal");
        // collectives: officials and funders are refused by role
        free("GET /staff/collectives", WORKERS, i -> "/staff/collectives");
        free("POST /staff/collectives", ADMIN, i -> "/staff/collectives");
        free("POST /staff/collectives/peer-leaders", ADMIN, i -> "/staff/collectives/peer-leaders");
        free("GET /staff/collectives/{id}", WORKERS, i -> "/staff/collectives/" + i.collective());
        free(
                "POST /staff/collectives/{id}/members",
                WORKERS,
                i -> "/staff/collectives/" + i.collective() + "/members");
        free(
                "POST /staff/collectives/{id}/members/{survivorId}/end",
                WORKERS,
                i -> "/staff/collectives/" + i.collective() + "/members/" + i.survivor() + "/end");
        bound("GET /staff/district", OFFICIALS, i -> "/staff/district?district=" + i.district());
        for (String chart : new String[] {"caterpillar", "funnel"}) {
            bound(
                    "GET /staff/district/charts/" + chart + ".png",
                    OFFICIALS,
                    i ->
                            "/staff/district/charts/"
                                    + chart
                                    + ".png?category=POLICE&"
                                    + AccessRules.districtQuarter(i));
        }
        AccessRules.rule(
                "POST /staff/district/workbook",
                new Rule(
                        Gate.ROLES,
                        OFFICIALS,
                        true,
                        (i, role) ->
                                new Target(
                                        "/staff/district/workbook",
                                        Map.of(
                                                "period", i.period(),
                                                "district", Long.toString(i.district())))));
        bound(
                "GET /staff/meeting-pack",
                OFFICIALS,
                i -> "/staff/meeting-pack?" + AccessRules.districtQuarter(i));
        bound(
                "GET /staff/meeting-pack/gaps.png",
                OFFICIALS,
                i ->
                        "/staff/meeting-pack/gaps.png?category=POLICE&"
                                + AccessRules.districtQuarter(i));
        bound(
                "GET /staff/meeting-pack/download",
                OFFICIALS,
                i -> "/staff/meeting-pack/download?" + AccessRules.districtQuarter(i));
        bound(
                "GET /staff/district/workbook/jobs/{jobId}",
                OFFICIALS,
                i -> "/staff/district/workbook/jobs/" + i.job());
        bound(
                "GET /staff/district/workbook/reports/{reportId}",
                OFFICIALS,
                i -> "/staff/district/workbook/reports/" + i.report());
        free("GET /staff/encounters/new", WORKERS, i -> "/staff/encounters/new");
        free("POST /staff/encounters/new", WORKERS, i -> "/staff/encounters/new");
        bound(
                "GET /staff/encounters/open",
                WORKERS,
                i -> "/staff/encounters/open?id=" + i.encounter());
        bound("GET /staff/encounters/{id}", WORKERS, i -> "/staff/encounters/" + i.encounter());
        bound("POST /staff/encounters/{id}", WORKERS, i -> "/staff/encounters/" + i.encounter());
        free("GET /staff/outbox", ADMIN, i -> "/staff/outbox");
        free("GET /staff/paper-forms", WORKERS, i -> "/staff/paper-forms");
        free("POST /staff/paper-forms", WORKERS, i -> "/staff/paper-forms");
        free(
                "GET /staff/paper-forms/template.xlsx",
                WORKERS,
                i -> "/staff/paper-forms/template.xlsx");
        free("GET /staff/providers", ADMIN, i -> "/staff/providers?district=" + i.district());
        free(
                "GET /staff/providers/edit/{code}",
                ADMIN,
                i -> "/staff/providers/edit/" + i.provider());
        free(
                "POST /staff/providers/edit/{code}",
                ADMIN,
                i -> "/staff/providers/edit/" + i.spareProvider());
        free(
                "POST /staff/providers/edit/{code}/deactivate",
                ADMIN,
                i -> "/staff/providers/edit/" + i.spareProvider() + "/deactivate");
        free("GET /staff/providers/import", ADMIN, i -> "/staff/providers/import");
        free("POST /staff/providers/import", ADMIN, i -> "/staff/providers/import");
        free(
                "GET /staff/providers/import/template.csv",
                ADMIN,
                i -> "/staff/providers/import/template.csv");
        free(
                "GET /staff/providers/import/template.xlsx",
                ADMIN,
                i -> "/staff/providers/import/template.xlsx");
        free("GET /staff/providers/new", ADMIN, i -> "/staff/providers/new");
        free("POST /staff/providers/new", ADMIN, i -> "/staff/providers/new");
        bound(
                "GET /staff/providers/{code}",
                OFFICIALS,
                i -> "/staff/providers/" + i.provider() + "?period=" + i.period());
        bound(
                "GET /staff/providers/{code}/trend.png",
                OFFICIALS,
                i -> "/staff/providers/" + i.provider() + "/trend.png");
        free("GET /staff/reports", READERS, i -> "/staff/reports?period=" + i.period());
        bound("GET /staff/reports/jobs/{jobId}", READERS, i -> "/staff/reports/jobs/" + i.job());
        AccessRules.rule(
                "POST /staff/reports/order",
                new Rule(
                        Gate.ROLES,
                        OFFICIALS,
                        true,
                        (i, role) ->
                                new Target(
                                        "/staff/reports/order",
                                        Map.of(
                                                "period", i.period(),
                                                "audience", "OFFICIAL",
                                                "district", Long.toString(i.district())))));
        bound(
                "GET /staff/reports/{reportId}/download",
                READERS,
                i -> "/staff/reports/" + i.report() + "/download");
        bound(
                "GET /staff/responses",
                OFFICIALS,
                i -> "/staff/responses?" + AccessRules.districtQuarter(i));
        AccessRules.rule(
                "POST /staff/responses",
                new Rule(
                        Gate.ROLES,
                        OFFICIALS,
                        true,
                        (i, role) ->
                                new Target(
                                        "/staff/responses",
                                        Map.of(
                                                "period", i.period(),
                                                "district", Long.toString(i.district()),
                                                "providerCode", i.provider()))));
        AccessRules.rule(
                "POST /staff/responses/{id}/status",
                new Rule(
                        Gate.ROLES,
                        OFFICIALS,
                        true,
                        (i, role) ->
                                new Target(
                                        "/staff/responses/" + i.response() + "/status",
                                        Map.of(
                                                "period", i.period(),
                                                "district", Long.toString(i.district())))));
        free(
                "POST /staff/responses/self-assessment",
                ADMIN,
                i -> "/staff/responses/self-assessment");
        free("GET /staff/reviews", ADMIN, i -> "/staff/reviews");
        free("POST /staff/reviews", ADMIN, i -> "/staff/reviews");
        free("GET /staff/survivors/new", WORKERS, i -> "/staff/survivors/new");
        free("POST /staff/survivors/new", WORKERS, i -> "/staff/survivors/new");
        bound(
                "GET /staff/survivors/{id}/enrolled",
                WORKERS,
                i -> "/staff/survivors/" + i.survivor() + "/enrolled");
        bound(
                "POST /staff/survivors/{id}/exit",
                WORKERS,
                i -> "/staff/survivors/" + i.survivor() + "/exit");
        free("GET /staff/trainings", READERS, i -> "/staff/trainings");
        free("POST /staff/trainings", ADMIN, i -> "/staff/trainings");
        free("GET /staff/users", ADMIN, i -> "/staff/users");
        free("POST /staff/users", ADMIN, i -> "/staff/users");
        free(
                "POST /staff/users/{id}/deactivate",
                ADMIN,
                i -> "/staff/users/" + i.user() + "/deactivate");
        free(
                "POST /staff/users/{id}/password",
                ADMIN,
                i -> "/staff/users/" + i.user() + "/password");
    }
}
