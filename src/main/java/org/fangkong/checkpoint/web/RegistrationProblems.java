package org.fangkong.checkpoint.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.fangkong.checkpoint.IdempotencyConflictException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * RE1: an Idempotency-Key reused with another body is a 422, in the request's language.
 */
@RestControllerAdvice(assignableTypes = RegistrationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationProblems {

	private final MessageSource messages;

	RegistrationProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(IdempotencyConflictException.class)
	ResponseEntity<ProblemDetail> conflict(IdempotencyConflictException ex, HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.getMessage("problem.idempotencyConflict", null, locale));
		problem.setTitle("Unprocessable Content");
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
