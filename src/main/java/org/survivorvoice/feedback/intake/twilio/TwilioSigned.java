package org.survivorvoice.feedback.intake.twilio;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint Twilio calls: {@link TwilioSignatureFilter} refuses the request with 403 before
 * the endpoint runs unless its {@code X-Twilio-Signature} is valid.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TwilioSigned {}
