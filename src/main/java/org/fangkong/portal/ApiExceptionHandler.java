package org.fangkong.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.UnprocessableRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors of the REST API as {@code application/problem+json}. A validation error lists
 * {@code errors: [{field, message}]} in the request's language; a record outside the
 * caller's jurisdiction is a 404 like a missing one.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final AuditTrail audit;

	ApiExceptionHandler(MessageSource messages, AuditTrail audit) {
		this.messages = messages;
		this.audit = audit;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		List<Map<String, String>> errors = ex.violations()
			.stream()
			.map((v) -> Map.of("field", v.field(), "message",
					this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)))
			.toList();
		return problem(request, HttpStatus.BAD_REQUEST, "problem.invalid", errors);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> unbound(BindException ex, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", this.messages.getMessage(error, locale)))
			.toList();
		return problem(request, HttpStatus.BAD_REQUEST, "problem.invalid", errors);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingRequestHeaderException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String field = "request";
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			field = mismatch.getName();
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			field = missing.getParameterName();
		}
		else if (ex instanceof MissingRequestHeaderException header) {
			field = header.getHeaderName();
		}
		Locale locale = RequestContextUtils.getLocale(request);
		String message = this.messages.getMessage(
				(ex instanceof MethodArgumentTypeMismatchException) ? "validation.invalid" : "validation.required",
				null, locale);
		return problem(request, HttpStatus.BAD_REQUEST, "problem.invalid",
				List.of(Map.of("field", field, "message", message)));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String field = "body";
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				String name = jackson.getPath().get(jackson.getPath().size() - 1).getPropertyName();
				field = (name != null) ? name : field;
				break;
			}
		}
		Locale locale = RequestContextUtils.getLocale(request);
		return problem(request, HttpStatus.BAD_REQUEST, "problem.invalid", List
			.of(Map.of("field", field, "message", this.messages.getMessage("validation.invalid", null, locale))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, "problem.notFound", null);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException ex, HttpServletRequest request) {
		log.info("denied {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		this.audit.record(AuditAction.ACCESS_DENIED, "route", null, AuditTrail.DENIED,
				request.getMethod() + " " + request.getRequestURI());
		return problem(request, HttpStatus.FORBIDDEN, "problem.forbidden", null);
	}

	/**
	 * SECURITY.md RE5: the database cannot be reached (e.g. while it restarts): 503 with
	 * Retry-After, so that the client sends again. Any other data access failure is a
	 * 500.
	 */
	@ExceptionHandler(UnprocessableRequestException.class)
	ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequestException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.CONFLICT, "problem.conflict", null);
	}

	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String key, Object errors) {
		Locale locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(key, null, locale));
		problem.setTitle(status.getReasonPhrase());
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		problem.setProperty("correlationId", request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
