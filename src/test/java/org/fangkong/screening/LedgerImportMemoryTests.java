package org.fangkong.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #9 item 3 (UP2): a 5 MB .xlsx with 500,000 rows is refused at the row cap without
 * being read whole, and the server keeps answering meanwhile and afterwards.
 * <p>
 * <b>How the heap is limited:</b> this class is tagged {@code small-heap}; the default
 * surefire execution leaves that tag out ({@code fangkong.excluded-test-groups}) and the
 * execution {@code small-heap} in {@code pom.xml} runs it alone in a JVM of its own
 * started with {@code -Xmx256m}. The application runs in that JVM on a real port (Tomcat
 * parses the multipart upload), so the server that reads the file has 256 MB. Building
 * the whole workbook in memory, as the import did before, takes about 1.4 GB for such a
 * file (issue #9).
 */
@Tag("small-heap")
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class LedgerImportMemoryTests {

	private static final int ROWS = 500_000;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void aHalfMillionRowWorkbookIsRefusedAtTheRowCapWhileTheServerKeepsAnswering(@TempDir Path dir) throws Exception {
		Path big = dir.resolve("big.xlsx");
		writeRows(big, ROWS);
		assertThat(Files.size(big)).isGreaterThan(1024L * 1024);

		AtomicInteger answered = new AtomicInteger();
		long started = System.nanoTime();
		CompletableFuture<HttpResponse<String>> upload = this.http.sendAsync(importRequest(Files.readAllBytes(big)),
				HttpResponse.BodyHandlers.ofString());
		while (!upload.isDone()) {
			assertThat(get("/api/v1/me").statusCode()).isEqualTo(200);
			answered.incrementAndGet();
			Thread.sleep(100);
		}
		HttpResponse<String> refused = upload.get(30, TimeUnit.SECONDS);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"file\"")
			.contains("The file has more than 5,000 rows; import it in parts.");
		assertThat(took).as("refused at the cap, not after reading 500,000 rows").isLessThan(Duration.ofSeconds(20));
		assertThat(answered.get()).isPositive();

		// Afterwards: the server answers, and the user may import again (nothing is
		// busy).
		assertThat(get("/api/v1/me").statusCode()).isEqualTo(200);
		Path small = dir.resolve("small.xlsx");
		writeRows(small, 0);
		HttpResponse<String> again = this.http.send(importRequest(Files.readAllBytes(small)),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(again.body()).contains("\"created\":0");
	}

	/** A ledger of {@code rows} rows below the header, streamed to disk. */
	static void writeRows(Path file, int rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			workbook.setCompressTempFiles(true);
			Sheet sheet = workbook.createSheet("台账");
			Row header = sheet.createRow(0);
			for (int i = 0; i < LedgerColumns.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(LedgerColumns.HEADERS.get(i));
			}
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(LedgerColumns.NAME).setCellValue("测试" + r);
				row.createCell(LedgerColumns.GRID).setCellValue("230781100001");
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private HttpRequest importRequest(byte[] file) {
		String boundary = "fangkong" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 512);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ledger.xlsx\""
				+ "\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return request("/api/v1/screenings/import?dryRun=true")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		String credentials = "grid:" + DemoUsers.PASSWORD;
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", "en")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

}
