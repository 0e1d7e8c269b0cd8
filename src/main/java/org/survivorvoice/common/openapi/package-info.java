/**
 * The OpenAPI document's shared parts: the error body and the statuses every kind of route can
 * answer, added to what SmallRye OpenAPI reads from the resources.
 */
package org.survivorvoice.common.openapi;
