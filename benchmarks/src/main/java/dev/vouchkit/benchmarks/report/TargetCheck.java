package dev.vouchkit.benchmarks.report;

/**
 * One performance target, with what was measured.
 *
 * @param target the target, e.g. {@code (b)/(a) req/s at 64 >= 0.95}
 * @param measured the measured value
 * @param met whether it was met
 */
public record TargetCheck(String target, String measured, boolean met) {

}
