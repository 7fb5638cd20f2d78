/**
 * Request, response and query types of the Voucherify Vouchers API.
 *
 * <p>All bodies are immutable records that carry explicit {@code @JsonProperty} names, so they
 * decode the same way whatever naming strategy or unknown-property setting the application's
 * Jackson mapper uses. Decoding is lenient on purpose: every component is boxed and may be
 * {@code null}, collections are never {@code null} (empty instead), unknown properties are
 * ignored, and enum-like fields are "open enums" (for example {@link VoucherType}) that keep
 * values this client does not know yet instead of failing or turning them into {@code null}.
 *
 * <p>Money amounts ({@code amount}, {@code balance}, {@code amount_off}, ...) are {@code Long}
 * values in minor units (10000 means 100.00); loyalty values are plain points.
 */
package dev.vouchkit.voucherify.model;
