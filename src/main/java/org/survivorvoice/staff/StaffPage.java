package org.survivorvoice.staff;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an HTML page of the staff: {@link StaffPageFilter} picks its language, refuses a POST
 * without the CSRF token of the page it came from, and sends the survivor pages' safety headers
 * with every answer.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffPage {}
