package org.survivorvoice.feedback.intake.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.feedback.intake.FormBody;
import org.survivorvoice.feedback.intake.sms.InboundSms;

/**
 * Reads an aggregator's inbound-message body, form-encoded or a flat JSON object, by the parameter
 * names configured for that gateway. Errors name the parameter, never its value.
 */
final class GatewayMessage {

    private static final int MAX_ID = 80;

    private GatewayMessage() {}

    static InboundSms read(
            String name,
            GatewayConfig.Gateway gateway,
            String contentType,
            byte[] body,
            ObjectMapper json) {
        Map<String, String> params =
                contentType != null && contentType.toLowerCase().contains("json")
                        ? jsonFields(body, json)
                        : FormBody.parse(body)
                                .orElseThrow(
                                        () ->
                                                new InvalidInputException(
                                                        "body", "not a form with each field once"));
        String id = params.get(gateway.idParam());
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new InvalidInputException(gateway.idParam(), "a message id of 1-80 characters");
        }
        String from = params.get(gateway.senderParam());
        if (from == null || from.isBlank()) {
            throw new InvalidInputException(gateway.senderParam(), "the sender is required");
        }
        return new InboundSms(
                InboundSms.gateway(name), id.strip(), from, params.get(gateway.textParam()));
    }

    private static Map<String, String> jsonFields(byte[] body, ObjectMapper json) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("body", "not well-formed JSON");
        } catch (IOException e) {
            throw new InvalidInputException("body", "unreadable");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("body", "a JSON object is expected");
        }
        Map<String, String> fields = new HashMap<>();
        node.fields()
                .forEachRemaining(
                        e -> {
                            JsonNode v = e.getValue();
                            if (v.isValueNode() && !v.isNull()) {
                                fields.put(e.getKey(), v.asText());
                            }
                        });
        return fields;
    }
}
