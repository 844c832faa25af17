package org.fangkong.portal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the platform accepts
 * ({@code spring.servlet.multipart.max-file-size}, for the whole body: nothing is parsed)
 * is answered 413 with a message in the user's language, before anything reads it: not a
 * dropped connection, and not the 403 that a multipart body the CSRF check cannot parse
 * would give. The browser's {@code Content-Length} tells the size; Tomcat discards the
 * rest of the body ({@code server.tomcat.max-swallow-size}) so that the browser reads the
 * answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	private final MessageSource messages;

	private final long maxBytes;

	UploadLimitFilter(MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxBytes = maxFileSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase().startsWith("multipart/")
				|| request.getContentLengthLong() <= this.maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		log.info("upload of {} bytes refused for {} {}", request.getContentLengthLong(), request.getMethod(),
				request.getRequestURI());
		if (FilterAnswers.isApi(request)) {
			FilterAnswers.problem(request, response, HttpStatus.CONTENT_TOO_LARGE, this.messages, "error.413");
		}
		else {
			FilterAnswers.page(request, response, HttpStatus.CONTENT_TOO_LARGE, this.messages, "error.413");
		}
	}

}
