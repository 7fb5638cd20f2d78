package dev.vouchkit.sample;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Bad input to the desk's own API, caught before anything is sent to Voucherify. Spring
 * renders it as a 400 problem whose {@code parameter} property names the culprit.
 */
public class InvalidParameterException extends ErrorResponseException {

	public InvalidParameterException(String parameter, String reason) {
		super(HttpStatus.BAD_REQUEST, problem(parameter, reason), null);
	}

	private static ProblemDetail problem(String parameter, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + " " + reason);
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", parameter);
		return problem;
	}

	static int requireBetween(String parameter, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidParameterException(parameter, "must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

}
