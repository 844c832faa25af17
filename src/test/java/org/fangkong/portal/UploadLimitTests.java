package org.fangkong.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 3 (UP2): an upload over the limit gets 413 and a message in the user's
 * language over a real connection (Tomcat, not MockMvc, which never parses a body), and
 * the server goes on answering. Same context as the browser tests.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class UploadLimitTests {

	static final String BOUNDARY = "----fangkong-upload-limit";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aTwelveMegabyteLedgerOnTheImportPageIsRefusedInChinese() throws Exception {
		HttpResponse<String> answer = upload("/screening/import", "zh-CN", 12 * 1024 * 1024);
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("文件太大", "10 MB");
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the server goes on answering").isEqualTo(200);
	}

	@Test
	void theApiAnswersAProblemInEnglishWhenAskedInEnglish() throws Exception {
		HttpResponse<String> answer = upload("/api/v1/screenings/import", "en", 11 * 1024 * 1024);
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(answer.body()).contains("\"status\":413", "too large");
	}

	@Test
	void aFileUnderTheLimitIsNotRefusedBySize() throws Exception {
		HttpResponse<String> answer = upload("/screening/import", "zh-CN", 1024);
		assertThat(answer.statusCode()).as("no session: the login, not 413").isNotEqualTo(413);
	}

	private HttpResponse<String> upload(String path, String language, int size) throws Exception {
		byte[] head = ("--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ledger.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + size + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		Arrays.fill(body, head.length, head.length + size, (byte) 'x');
		System.arraycopy(tail, 0, body, head.length + size, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
