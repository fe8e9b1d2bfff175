/**
 * The JSON API under {@code /api}: search, articles and outlets, with the same access rules as
 * the pages, and RFC 9457 problem details for every refused request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "JSON API")
package org.parallax.api;
