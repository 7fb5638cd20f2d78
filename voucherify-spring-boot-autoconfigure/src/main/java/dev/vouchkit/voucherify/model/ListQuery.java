package dev.vouchkit.voucherify.model;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The query parameters of a list operation: an immutable value with a builder, copied with
 * changes through {@link #copy(Consumer)} or {@link #toBuilder()}.
 *
 * @param <Q> the query type
 * @param <B> its builder
 */
public interface ListQuery<Q extends ListQuery<Q, B>, B extends ListQuery.Builder<Q>> {

	/**
	 * A builder holding this query's parameters.
	 * @return a new builder
	 */
	B toBuilder();

	/**
	 * A copy with the changes {@code changes} makes to a builder holding this query's parameters,
	 * e.g. {@code query.copy((next) -> next.limit(50))}.
	 * @param changes the changes
	 * @return the copy
	 * @throws IllegalArgumentException if a changed value is invalid
	 */
	default Q copy(Consumer<B> changes) {
		B builder = toBuilder();
		changes.accept(builder);
		return builder.build();
	}

	/**
	 * The parameters in wire form: raw (not percent-encoded) names and values, in a stable
	 * order, leaving out the ones not set. The caller percent-encodes them when building the URI.
	 * @return an unmodifiable map of parameter name to values
	 */
	Map<String, List<String>> toQueryParameters();

	/**
	 * Builds a query.
	 *
	 * @param <Q> the query type
	 */
	interface Builder<Q> {

		/**
		 * Builds the query.
		 * @return the query
		 * @throws IllegalArgumentException if the parameters do not fit together
		 */
		Q build();

	}

}
