package org.survivorvoice.feedback.intake.web;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an HTML page a survivor (or a field worker beside her) sees: {@link SurvivorPageFilter}
 * picks its language, limits requests per IP, refuses a POST without the CSRF token of the page it
 * came from, and sends the safety headers of SAFETY D5 with every answer.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SurvivorPage {}
