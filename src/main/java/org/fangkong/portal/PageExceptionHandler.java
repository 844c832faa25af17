package org.fangkong.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain errors on pages: a friendly page in the user's language with the status and the
 * correlation id.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final AuditTrail audit;

	PageExceptionHandler(AuditTrail audit) {
		this.audit = audit;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
		this.audit.record(AuditAction.ACCESS_DENIED, "route", null, AuditTrail.DENIED,
				request.getMethod() + " " + request.getRequestURI());
		return page(request, response, HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(HttpServletRequest request, HttpServletResponse response) {
		return page(request, response, HttpServletResponse.SC_CONFLICT);
	}

	/**
	 * A request parameter out of range that no form field shows (e.g. a page number typed
	 * into the address): 400 with what was wrong; nothing was changed.
	 */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response) {
		ModelAndView view = page(request, response, HttpServletResponse.SC_BAD_REQUEST);
		view.addObject("violations", ex.violations());
		return view;
	}

	/** SECURITY.md RE5: the database cannot be reached; try again shortly. */
	@ExceptionHandler(UnprocessableRequestException.class)
	ModelAndView unprocessable(UnprocessableRequestException ex, HttpServletRequest request,
			HttpServletResponse response) {
		ModelAndView view = page(request, response, HttpStatus.UNPROCESSABLE_CONTENT.value());
		view.addObject("messageKey", ex.messageKey());
		return view;
	}

	private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status) {
		response.setStatus(status);
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status);
		view.addObject("correlationId", request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
		return view;
	}

}
