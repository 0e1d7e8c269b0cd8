package org.survivorvoice.common.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.survivorvoice.common.error.Problem;

/** The document's schema of {@link Problem}, the body of every problem+json answer. */
final class ProblemSchema {

    private ProblemSchema() {}

    /** RFC 9457 problem details as {@link Problem} writes them. */
    static Schema of() {
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
                .example(example());
    }

    /** A 400 as the service writes it, in the order of its fields (a stable document). */
    private static Map<String, Object> example() {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", "answers.overall");
        violation.put("message", "must be between 1 and 5");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Invalid input");
        problem.put("status", 400);
        problem.put("detail", "The request has invalid fields.");
        problem.put("violations", List.of(violation));
        return problem;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    private static Schema integer(String format) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format(format);
    }
}
