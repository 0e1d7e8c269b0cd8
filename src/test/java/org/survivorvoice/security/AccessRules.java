package org.survivorvoice.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The expected access of every operation of the OpenAPI document, keyed by method and path
 * template: who may call it, whether it touches a district's objects, and the address a caller uses
 * (built from the ids of one district's objects). {@link RoleMatrixTest} fails on an operation the
 * document lists and this table does not, so a new endpoint cannot be forgotten (SAFETY A1).
 */
final class AccessRules {

    /** How a route lets callers in. */
    enum Gate {
        /** Staff roles by HTTP Basic (API) or the session (pages). */
        ROLES,
        /** No login: survivor pages, sign-in and sign-out; credentials change nothing. */
        OPEN,
        /** Signed webhooks: without a valid signature every caller gets 403. */
        SIGNED
    }

    /**
     * The expected access of one operation.
     *
     * @param allowed the roles that pass the role check (empty for OPEN and SIGNED)
     * @param districtBound whether an official of another district, naming this district's objects,
     *     must get 403 or 404
     * @param target the address and form a caller of the role (null: anonymous) sends
     */
    record Rule(
            Gate gate,
            Set<String> allowed,
            boolean districtBound,
            BiFunction<Ids, String, Target> target) {}

    /** An address, and the form fields of a POST page (none for the others). */
    record Target(String url, Map<String, String> form) {
        static Target of(String url) {
            return new Target(url, Map.of());
        }
    }

    /** The objects of one district that callers name, and the quarter with its ratings. */
    record Ids(
            long district,
            String provider,
            String spareProvider,
            long survivor,
            long encounter,
            long user,
            long job,
            long report,
            long response,
            String period,
            long safetyCase,
            long training,
            long collective) {}

    static final Set<String> ALL =
            Set.of(Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER);
    static final Set<String> WORKERS = Set.of(Roles.ADMIN, Roles.FIELDWORKER);
    static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER);
    static final Set<String> OFFICIALS = Set.of(Roles.ADMIN, Roles.OFFICIAL);

    static final Map<String, Rule> RULES = new HashMap<>();

    static {
        // staff API
        free("POST /api/v1/areas", ADMIN, i -> "/api/v1/areas");
        free("GET /api/v1/areas", ALL, i -> "/api/v1/areas?parent=" + i.district());
        free("GET /api/v1/areas/{id}", ALL, i -> "/api/v1/areas/" + i.district());
        bound("GET /api/v1/providers", ALL, i -> "/api/v1/providers?district=" + i.district());
        free("POST /api/v1/providers", ADMIN, i -> "/api/v1/providers");
        bound("GET /api/v1/providers/{code}", ALL, i -> "/api/v1/providers/" + i.provider());
        free("POST /api/v1/providers/import", ADMIN, i -> "/api/v1/providers/import");
        free("POST /api/v1/survivors", WORKERS, i -> "/api/v1/survivors");
        bound("GET /api/v1/survivors/{id}", WORKERS, i -> "/api/v1/survivors/" + i.survivor());
        bound(
                "PATCH /api/v1/survivors/{id}/consent",
                WORKERS,
                i -> "/api/v1/survivors/" + i.survivor() + "/consent");
        bound(
                "POST /api/v1/survivors/{id}/exit",
                WORKERS,
                i -> "/api/v1/survivors/" + i.survivor() + "/exit");
        free("POST /api/v1/encounters", WORKERS, i -> "/api/v1/encounters");
        bound("GET /api/v1/encounters/{id}", WORKERS, i -> "/api/v1/encounters/" + i.encounter());
        bound("PATCH /api/v1/encounters/{id}", WORKERS, i -> "/api/v1/encounters/" + i.encounter());
        free("GET /api/v1/service-types", ALL, i -> "/api/v1/service-types");
        free("PATCH /api/v1/service-types/{code}", ADMIN, i -> "/api/v1/service-types/FIR");
        free("POST /api/v1/ratings", WORKERS, i -> "/api/v1/ratings");
        free("GET /api/v1/ratings", ADMIN, i -> "/api/v1/ratings?providerCode=" + i.provider());
        free("POST /api/v1/reviews", ADMIN, i -> "/api/v1/reviews");
        bound(
                "GET /api/v1/scores",
                READERS,
                i -> "/api/v1/scores?period=" + i.period() + "&district=" + i.district());
        free("POST /api/v1/scores/refresh", ADMIN, i -> "/api/v1/scores/refresh?period=1942-Q1");
        bound(
                "GET /api/v1/scores/{providerCode}/trend",
                OFFICIALS,
                i -> "/api/v1/scores/" + i.provider() + "/trend");
        bound("GET /api/v1/alerts", OFFICIALS, i -> "/api/v1/alerts?district=" + i.district());
        free("POST /api/v1/alerts/refresh", ADMIN, i -> "/api/v1/alerts/refresh");
        free("GET /api/v1/outbox", ADMIN, i -> "/api/v1/outbox");
        // vault key rotation: admins only; without previous keys the admin's POST is a 409
        free("POST /api/v1/admin/vault-rotation", ADMIN, i -> "/api/v1/admin/vault-rotation");
        free("GET /api/v1/admin/vault-rotation", ADMIN, i -> "/api/v1/admin/vault-rotation");
        free("POST /api/v1/responses", OFFICIALS, i -> "/api/v1/responses");
        bound(
                "GET /api/v1/responses",
                OFFICIALS,
                i -> "/api/v1/responses?district=" + i.district());
        bound("PATCH /api/v1/responses/{id}", OFFICIALS, i -> "/api/v1/responses/" + i.response());
        bound(
                "GET /api/v1/responses/needed",
                OFFICIALS,
                i -> "/api/v1/responses/needed?" + districtQuarter(i));
        free("POST /api/v1/self-assessments", WORKERS, i -> "/api/v1/self-assessments");
        bound(
                "GET /api/v1/self-assessments",
                Set.of(Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL),
                i ->
                        "/api/v1/self-assessments?providerCode="
                                + i.provider()
                                + "&period="
                                + i.period());
        rule(
                "POST /api/v1/reports",
                new Rule(
                        Gate.ROLES,
                        READERS,
                        true,
                        (i, role) ->
                                Target.of(
                                        "/api/v1/reports?period="
                                                + i.period()
                                                // a funder receives the FUNDER workbook only
                                                + (Roles.FUNDER.equals(role)
                                                        ? "&audience=FUNDER"
                                                        : "&audience=OFFICIAL&district="
                                                                + i.district()))));
        free("GET /api/v1/reports", READERS, i -> "/api/v1/reports?period=" + i.period());
        bound("GET /api/v1/reports/jobs/{jobId}", READERS, i -> "/api/v1/reports/jobs/" + i.job());
        bound("GET /api/v1/reports/{reportId}", READERS, i -> "/api/v1/reports/" + i.report());
        for (String chart : new String[] {"categories", "channels"}) {
            bound(
                    "GET /api/v1/charts/" + chart + ".png",
                    READERS,
                    i -> "/api/v1/charts/" + chart + ".png?" + districtQuarter(i));
        }
        for (String chart : new String[] {"caterpillar", "funnel"}) {
            bound(
                    "GET /api/v1/charts/" + chart + ".png",
                    READERS,
                    i -> "/api/v1/charts/" + chart + ".png?category=POLICE&" + districtQuarter(i));
        }
        bound(
                "GET /api/v1/charts/trend.png",
                READERS,
                i -> "/api/v1/charts/trend.png?providerCode=" + i.provider());
        bound(
                "GET /api/v1/meeting-packs",
                OFFICIALS,
                i -> "/api/v1/meeting-packs?" + districtQuarter(i));
        // safety cases: never officials or funders, whatever their district
        free("GET /api/v1/cases", WORKERS, i -> "/api/v1/cases");
        bound("GET /api/v1/cases/{id}", WORKERS, i -> "/api/v1/cases/" + i.safetyCase());
        bound("PATCH /api/v1/cases/{id}", WORKERS, i -> "/api/v1/cases/" + i.safetyCase());
        bound(
                "POST /api/v1/cases/{id}/reveal-contact",
                WORKERS,
                i -> "/api/v1/cases/" + i.safetyCase() + "/reveal-contact");
        free(
                "GET /api/v1/cases/workbook",
                ADMIN,
                i -> "/api/v1/cases/workbook?period=" + i.period());
        // training events: officials see those their district's providers attended
        free("POST /api/v1/trainings", ADMIN, i -> "/api/v1/trainings");
        bound("GET /api/v1/trainings", READERS, i -> "/api/v1/trainings?district=" + i.district());
        bound("GET /api/v1/trainings/{id}", READERS, i -> "/api/v1/trainings/" + i.training());
        // collectives: admins manage them; members only for admins and the district's field
        // workers; officials and funders never (the MIS counts only)
        free("POST /api/v1/collectives", ADMIN, i -> "/api/v1/collectives");
        free("GET /api/v1/collectives", ADMIN, i -> "/api/v1/collectives");
        free("GET /api/v1/collectives/{id}", ADMIN, i -> "/api/v1/collectives/" + i.collective());
        free("PATCH /api/v1/collectives/{id}", ADMIN, i -> "/api/v1/collectives/" + i.collective());
        free(
                "POST /api/v1/collectives/{id}/peer-leaders",
                ADMIN,
                i -> "/api/v1/collectives/" + i.collective() + "/peer-leaders");
        free(
                "DELETE /api/v1/collectives/{id}/peer-leaders/{userId}",
                ADMIN,
                i -> "/api/v1/collectives/" + i.collective() + "/peer-leaders/" + i.user());
        bound(
                "POST /api/v1/collectives/{id}/members",
                WORKERS,
                i -> "/api/v1/collectives/" + i.collective() + "/members");
        bound(
                "GET /api/v1/collectives/{id}/members",
                WORKERS,
                i -> "/api/v1/collectives/" + i.collective() + "/members");
        bound(
                "PATCH /api/v1/collectives/{id}/members/{survivorId}",
                WORKERS,
                i -> "/api/v1/collectives/" + i.collective() + "/members/" + i.survivor());
        // training effect (issue 18): officials see events with a provider in their district
        bound(
                "GET /api/v1/trainings/{id}/effect",
                READERS,
                i -> "/api/v1/trainings/" + i.training() + "/effect");
        bound(
                "GET /api/v1/trainings/{id}/effect/chart.png",
                READERS,
                i -> "/api/v1/trainings/" + i.training() + "/effect/chart.png");
        StaffPageRules.add();
        // survivor pages, sign-in and webhooks
        for (String open :
                new String[] {
                    "GET /exit",
                    "GET /rate",
                    "POST /rate",
                    "GET /rate/thanks",
                    "GET /login",
                    "POST /login",
                    "POST /logout"
                }) {
            rule(open, new Rule(Gate.OPEN, Set.of(), false, (i, r) -> Target.of(pathOf(open))));
        }
        for (String method : new String[] {"GET", "POST"}) {
            rule(
                    method + " /r/{token}",
                    new Rule(Gate.OPEN, Set.of(), false, (i, r) -> Target.of("/r/NoSuchLink1234")));
        }
        for (String hook :
                new String[] {
                    "/twilio/sms", "/twilio/sms/status", "/twilio/voice", "/twilio/voice/status"
                }) {
            rule("POST " + hook, new Rule(Gate.SIGNED, Set.of(), false, (i, r) -> Target.of(hook)));
        }
        rule(
                "POST /twilio/voice/{step}",
                new Rule(Gate.SIGNED, Set.of(), false, (i, r) -> Target.of("/twilio/voice/pin")));
        rule(
                "POST /gateway/sms/{gateway}",
                new Rule(
                        Gate.SIGNED,
                        Set.of(),
                        false,
                        (i, r) -> Target.of("/gateway/sms/test-gateway")));
    }

    private AccessRules() {}

    static String districtQuarter(Ids i) {
        return "district=" + i.district() + "&period=" + i.period();
    }

    static void free(
            String key, Set<String> allowed, java.util.function.Function<Ids, String> url) {
        rule(key, new Rule(Gate.ROLES, allowed, false, (i, role) -> Target.of(url.apply(i))));
    }

    static void bound(
            String key, Set<String> allowed, java.util.function.Function<Ids, String> url) {
        rule(key, new Rule(Gate.ROLES, allowed, true, (i, role) -> Target.of(url.apply(i))));
    }

    static void rule(String key, Rule rule) {
        if (RULES.put(key, rule) != null) {
            throw new IllegalStateException("two rules for " + key);
        }
    }

    private static String pathOf(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }
}
