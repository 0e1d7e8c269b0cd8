package org.survivorvoice.feedback.intake.gateway;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint SMS aggregators call: {@link GatewaySignatureFilter} refuses the request with
 * 403 unless its body carries the gateway's HMAC-SHA256.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface GatewaySigned {}
