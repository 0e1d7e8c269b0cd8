package org.survivorvoice.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
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
        // the resources' form maps, described by describeForm instead
        api.getComponents().removeSchema("MultivaluedMapStringString");
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.values().forEach(schema -> inlineNullableEnums(schema, schemas));
        schemas.values().forEach(ContractDocument::anchorPatterns);
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
        if (kind.signatureScheme() != null) {
            op.setSecurity(
                    List.of(
                            OASFactory.createSecurityRequirement()
                                    .addScheme(kind.signatureScheme())));
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

    /** {@code ?lang=}: the language of a page, remembered in a cookie. */
    private static Parameter languageParameter() {
        Schema codes = OASFactory.createSchema().addType(SchemaType.STRING);
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            codes.addEnumeration(language.code());
        }
        return OASFactory.createParameter()
                .name("lang")
                .in(Parameter.In.QUERY)
                .description("language of the page; remembered for the next pages")
                .schema(codes);
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

    /**
     * A nullable property of a referenced type: SmallRye writes it as {@code allOf: [$ref]} beside
     * {@code nullable} with no type, which OpenAPI 3.0.3 does not allow (nullable needs a type) and
     * validators read as "must match the reference", so null fails. Values (enums, date-times) are
     * written in place, with null allowed; objects get their type beside nullable.
     */
    private static void inlineNullableEnums(Schema schema, Map<String, Schema> components) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll((name, property) -> inlined(property, components));
        schema.setProperties(properties);
    }

    private static Schema inlined(Schema property, Map<String, Schema> components) {
        // SmallRye models a nullable reference as anyOf: [$ref, {type: null}]
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf == null || anyOf.size() != 2 || anyOf.get(0).getRef() == null) {
            return property;
        }
        String ref = anyOf.get(0).getRef();
        Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null) {
            return property;
        }
        if (target.getProperties() != null) {
            // an object: OpenAPI 3.0 wants the type beside nullable
            return OASFactory.createSchema()
                    .type(List.of(SchemaType.OBJECT, SchemaType.NULL))
                    .allOf(List.of(OASFactory.createSchema().ref(ref)))
                    .description(property.getDescription());
        }
        // a value (an enum, a date-time): written in place, with null allowed
        List<SchemaType> types = new ArrayList<>(target.getType());
        types.add(SchemaType.NULL);
        Schema inline =
                OASFactory.createSchema()
                        .type(types)
                        .format(target.getFormat())
                        .pattern(target.getPattern())
                        .example(target.getExample())
                        .description(
                                property.getDescription() != null
                                        ? property.getDescription()
                                        : target.getDescription());
        if (target.getEnumeration() == null) {
            return inline;
        }
        List<Object> values = new ArrayList<>(target.getEnumeration());
        values.add(null);
        return inline.enumeration(values);
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value, a JSON Schema pattern any part of
     * it: {@code en|hi|bn|te} would let {@code "xx en"} through. Patterns are anchored, except
     * {@code \\S}, which SmallRye writes for {@code @NotBlank} and which means "any part".
     */
    private static void anchorPatterns(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            Schema target = property.getItems() != null ? property.getItems() : property;
            String pattern = target.getPattern();
            if (pattern != null && !pattern.equals("\\S") && !pattern.startsWith("^")) {
                target.setPattern("^(?:" + pattern + ")$");
            }
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
                                    .defaultValue(0)
                                    .description("page number, from 0");
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

    /** RFC 9457 problem details as {@link Problem} writes them. */
    private static Schema problemSchema() {
        Schema violation =
                OASFactory.createSchema()
                        .addType(SchemaType.OBJECT)
                        .addProperty(
                                "row",
                                integer("int32")
                                        .minimum(BigDecimal.ONE)
                                        .description(
                                                "the row of an uploaded file as a spreadsheet"
                                                        + " shows it (imports only; the header"
                                                        + " is row 1)"))
                        .addProperty("field", string("the request field, e.g. consent.sms"))
                        .addProperty("message", string("what is wrong with it"))
                        .required(List.of("field", "message"));
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An error, as RFC 9457 problem details (application/problem+json).")
                .addProperty("type", string("always about:blank"))
                .addProperty("title", string("short summary of the kind of error"))
                .addProperty(
                        "status",
                        integer("int32")
                                .minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string("what went wrong, in words for the user"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("one entry per invalid field (400 only)")
                                .items(violation))
                .required(List.of("type", "title", "status"))
                .example(
                        Map.of(
                                "type", "about:blank",
                                "title", "Invalid input",
                                "status", 400,
                                "detail", "The request has invalid fields.",
                                "violations",
                                        List.of(
                                                Map.of(
                                                        "field",
                                                        "answers.overall",
                                                        "message",
                                                        "must be between 1 and 5"))));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
