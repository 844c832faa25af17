package org.fangkong.portal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers written by a servlet filter, before (or after) Spring MVC and the security
 * filters: the same {@code application/problem+json} as {@link ApiExceptionHandler} for
 * the API, and for pages a short page in the user's language that needs nothing but the
 * message bundle (no database, no template, no session).
 */
final class FilterAnswers {

	private FilterAnswers() {
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			MessageSource messages, String key) throws IOException {
		Locale locale = RequestContextUtils.getLocale(request);
		Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + json(messages.getMessage(key, null, locale)) + "\""
					+ ((correlationId != null) ? ",\"correlationId\":\"" + json(correlationId.toString()) + "\"" : "")
					+ "}");
	}

	static void page(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			MessageSource messages, String key) throws IOException {
		Locale locale = RequestContextUtils.getLocale(request);
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType("text/html;charset=UTF-8");
		String context = request.getContextPath();
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + status.value()
					+ "</title><link rel=\"stylesheet\" href=\"" + context + "/css/app.css\"></head>"
					+ "<body style=\"font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem\">"
					+ "<h1 style=\"color:#b02a37\">" + status.value() + "</h1><p id=\"error-message\">"
					+ HtmlUtils.htmlEscape(messages.getMessage(key, null, locale)) + "</p><p><a href=\"" + context
					+ "/\">" + HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale))
					+ "</a></p></body></html>");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
