package org.fangkong.volunteer.web;

import jakarta.servlet.http.HttpServletRequest;
import org.fangkong.volunteer.OrderRefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A step an order's state does not allow (an illegal transition, the last seat taken
 * meanwhile): 409 with the reason in the request's language, like the portal's other
 * problems. Pages catch the refusal themselves and show it as a flash message.
 */
@RestControllerAdvice(basePackageClasses = OrderProblems.class)
class OrderProblems {

	private final MessageSource messages;

	OrderProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(OrderRefusedException.class)
	ResponseEntity<ProblemDetail> refused(OrderRefusedException ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.CONFLICT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(ex.messageKey(), null, RequestContextUtils.getLocale(request)));
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", ex.messageKey());
		problem.setProperty("correlationId", request.getAttribute("correlationId"));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
