package org.fangkong.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.shared.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SECURITY.md RE5: a request that fails because the database cannot be reached (it is
 * down or restarting) is answered 503 with {@code Retry-After}, wherever it failed — also
 * in the security filters that load the user before any controller runs. The API answers
 * a problem; a page a short message in the user's language. Once the database is back,
 * the connection pool reconnects by itself: no restart of the platform.
 * <p>
 * This filter is the one place that turns an unreachable database into 503: the exception
 * handlers of pages and API let such failures pass through to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	DatabaseUnavailableFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseFailures.isUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
		if (FilterAnswers.isApi(request)) {
			FilterAnswers.problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, this.messages,
					"problem.unavailable");
		}
		else {
			FilterAnswers.page(request, response, HttpStatus.SERVICE_UNAVAILABLE, this.messages, "error.503");
		}
	}

}
