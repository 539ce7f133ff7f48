package org.warnews.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.warnews.web.NotFoundException;

/**
 * Errors of the API answered as JSON (RFC 9457 problem details), whatever the client accepts, never as an HTML
 * page or a stack trace. The {@link ResponseStatus} annotations let springdoc list the 400 and 404 answers in the
 * OpenAPI description of every operation.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, ex.getReason(), request);
	}

	@ExceptionHandler({ BadParameterException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ResponseEntity<ProblemDetail> badRequest(Exception ex, HttpServletRequest request) {
		String detail = (ex instanceof MethodArgumentTypeMismatchException mismatch)
				? "Parameter '" + mismatch.getName() + "' must be " + typeName(mismatch.getRequiredType())
				: ex.getMessage();
		return problem(HttpStatus.BAD_REQUEST, detail, request);
	}

	@Hidden
	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		return problem((status != null) ? status : HttpStatus.BAD_REQUEST, ex.getReason(), request);
	}

	@Hidden
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("API request {} failed", request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", request);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
		// The content type is set here so that an Accept header without JSON cannot turn the answer into a 406.
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(detail(status, detail, request));
	}

	private static ProblemDetail detail(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static String typeName(Class<?> type) {
		return (type == int.class || type == Integer.class || type == long.class) ? "a whole number" : "valid";
	}

}
