package org.survivorvoice.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.survivorvoice.common.error.Problem;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.time.Quarter;

/**
 * Completes the generated document with what every operation of a kind shares, so that each
 * resource only declares what is its own (its success status, 404, 409, 422): the problem+json
 * error body, the statuses that the security layer, the body limits and the shared parameter
 * parsers answer, and the format of the shared query parameters. {@link RouteKind} says which
 * statuses each kind of route can answer.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String STAFF_SESSION = "staffSession";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, ProblemSchema.of());
        api.getComponents()
                .addSecurityScheme(
                        RouteKind.TWILIO.signatureScheme(),
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-Twilio-Signature")
                                .description(
                                        "Twilio's signature of the public URL and the form"
                                                + " parameters (HMAC-SHA1 with the auth token)"));
        api.getComponents()
                .addSecurityScheme(
                        RouteKind.GATEWAY.signatureScheme(),
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER)
                                .name("X-Signature")
                                .description(
                                        "HMAC-SHA256 of the raw body with the gateway's secret,"
                                                + " hex or Base64; the header name is set per"
                                                + " gateway (survivor-voice.gateways.<name>"
                                                + ".signature-header, default X-Signature)"));
        api.getComponents()
                .addSecurityScheme(
                        STAFF_SESSION,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("__Host-sv_session")
                                .description(
                                        "The staff pages' session, set by POST /login (sv_session"
                                                + " where cookies are not Secure)"));
        // the resources' form maps, described by describeForm instead
        api.getComponents().removeSchema("MultivaluedMapStringString");
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        SchemaCorrections.apply(schemas);
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach(
                        (path, item) ->
                                item.getOperations()
                                        .forEach((method, op) -> complete(path, method, op)));
        ResponseShapes.requireEveryProperty(api);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op) {
        RouteKind kind = RouteKind.of(path);
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        boolean hasBody = op.getRequestBody() != null;
        boolean hasParameters = op.getParameters() != null && !op.getParameters().isEmpty();
        for (SharedStatus status :
                kind.statuses(path, method == PathItem.HttpMethod.POST, hasBody, hasParameters)) {
            add(op.getResponses(), status);
        }
        if (kind == RouteKind.API) {
            op.getResponses()
                    .getAPIResponses()
                    .forEach(
                            (code, response) -> {
                                if (code.startsWith("4") && response.getContent() == null) {
                                    add(
                                            op.getResponses(),
                                            SharedStatus.problem(
                                                    Integer.parseInt(code),
                                                    response.getDescription()));
                                }
                            });
            if (op.getParameters() != null) {
                op.getParameters().forEach(ContractDocument::describeShared);
            }
        }
        if (kind.isPage()) {
            op.addParameter(languageParameter());
        }
        if (kind == RouteKind.STAFF_PAGE && isUpload(op)) {
            op.addParameter(
                    OASFactory.createParameter()
                            .name("csrf")
                            .in(Parameter.In.QUERY)
                            .required(true)
                            .description(
                                    "the page's CSRF token: an upload carries it in its action's"
                                            + " query, since its body is read after the checks")
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
        if (kind.signatureScheme() != null) {
            op.setSecurity(
                    List.of(
                            OASFactory.createSecurityRequirement()
                                    .addScheme(kind.signatureScheme())));
        } else if (kind == RouteKind.STAFF_PAGE) {
            staffSecurity(op, path);
        } else if (kind == RouteKind.SURVIVOR_PAGE) {
            // survivor pages need no login: an empty requirement says so
            op.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        if (hasBody) {
            describeForm(op);
        }
    }

    private static void add(APIResponses responses, SharedStatus status) {
        String code = Integer.toString(status.code());
        var response = OASFactory.createAPIResponse().description(status.why());
        var existing = responses.getAPIResponse(code);
        if (existing != null && existing.getDescription() != null && !isDefault(existing)) {
            response.description(existing.getDescription());
        }
        if (!status.mediaTypes().isEmpty()) {
            var content = OASFactory.createContent();
            for (String mediaType : status.mediaTypes()) {
                Schema schema =
                        mediaType.equals(Problem.MEDIA_TYPE)
                                ? OASFactory.createSchema().ref(PROBLEM_REF)
                                : OASFactory.createSchema().addType(SchemaType.STRING);
                content.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
            }
            response.content(content);
        }
        responses.addAPIResponse(code, response);
    }

    /**
     * A staff page takes the session cookie as well as HTTP Basic; signing in and out need neither.
     */
    private static void staffSecurity(Operation op, String path) {
        if (path.equals("/login") || path.equals("/logout")) {
            op.setSecurity(List.of(OASFactory.createSecurityRequirement()));
            return;
        }
        List<SecurityRequirement> requirements =
                op.getSecurity() == null ? new ArrayList<>() : new ArrayList<>(op.getSecurity());
        if (requirements.isEmpty()) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme("SecurityScheme"));
        }
        requirements.add(OASFactory.createSecurityRequirement().addScheme(STAFF_SESSION));
        op.setSecurity(requirements);
    }

    /** Whether the operation takes a multipart upload (a staff page's file). */
    private static boolean isUpload(Operation op) {
        return op.getRequestBody() != null
                && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().getMediaType("multipart/form-data") != null;
    }

    /**
     * {@code ?lang=}: the language of a page, remembered in a cookie. Any other value is ignored
     * (the page keeps its language), so the codes are described rather than enumerated.
     */
    private static Parameter languageParameter() {
        List<String> codes = new ArrayList<>();
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            codes.add(language.code());
        }
        return OASFactory.createParameter()
                .name("lang")
                .in(Parameter.In.QUERY)
                .description(
                        "language of the page ("
                                + String.join(", ", codes)
                                + "); remembered for the next pages; another value is ignored")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).example("bn"));
    }

    /**
     * A form body as name-value pairs: the resources take a multivalued map, which SmallRye would
     * describe as arrays of strings, but a form sends each field once as a string.
     */
    private static void describeForm(Operation op) {
        var content = op.getRequestBody().getContent();
        if (content == null) {
            return;
        }
        var form = content.getMediaType("application/x-www-form-urlencoded");
        if (form != null) {
            form.setSchema(
                    OASFactory.createSchema()
                            .addType(SchemaType.OBJECT)
                            .additionalPropertiesSchema(
                                    OASFactory.createSchema().addType(SchemaType.STRING)));
        }
    }

    /** SmallRye's own placeholders for 400, 401 and 403, which carry no body. */
    private static boolean isDefault(
            org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        return List.of("Bad Request", "Not Authorized", "Not Allowed")
                .contains(response.getDescription());
    }

    /** The query parameters that every list and report reads through the same parser. */
    private static void describeShared(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY) {
            return;
        }
        Schema schema =
                switch (parameter.getName()) {
                    case "page" ->
                            integer("int32")
                                    .minimum(BigDecimal.ZERO)
                                    .maximum(BigDecimal.valueOf(PageRequest.MAX_OFFSET))
                                    .defaultValue(0)
                                    .description(
                                            "page number, from 0; page x size is at most "
                                                    + PageRequest.MAX_OFFSET
                                                    + " (a page past any possible result is a"
                                                    + " 400)");
                    case "size" ->
                            integer("int32")
                                    .minimum(BigDecimal.ONE)
                                    .maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                                    .defaultValue(PageRequest.DEFAULT_SIZE)
                                    .description("items per page");
                    case "period" ->
                            OASFactory.createSchema()
                                    .addType(SchemaType.STRING)
                                    .pattern(Quarter.PATTERN)
                                    .example("2026-Q3");
                    case "district", "parent" -> integer("int64").minimum(BigDecimal.ONE);
                    default -> null;
                };
        if (schema != null) {
            parameter.setSchema(schema);
        }
    }

    private static Schema integer(String format) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format(format);
    }
}
