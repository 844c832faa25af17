package org.fangkong.benchmark;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fangkong.shared.ResidentIdNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.apache.poi.ss.usermodel.Row;

/**
 * PERFORMANCE.md W2's input: an .xlsx ledger of {@code bench.rows} rows (100,000 by
 * default) in the import template's columns (the ledger export's first 15), written with
 * POI's streaming SXSSF so its memory stays flat, and the same rows as CSV for the
 * baseline ({@code psql \copy} into a scratch table, bench/w2.sh). The grids are the
 * database's own (read from {@code bench.jdbcUrl}, codes of villages and communities);
 * the persons are new (valid resident ID numbers from an address code the city generator
 * does not use), travellers from outside with the measure their origin calls for. One row
 * in 200 repeats an earlier row's ID number and arrival (the import must drop it as a
 * duplicate), one in 500 has a wrong check character (rejected). Writes
 * {@code target/benchmarks/w2-ledger.xlsx} and {@code .csv} (or {@code bench.out}).
 */
@Tag("benchmark")
class LedgerWorkbookGenerator {

	static final int ROWS = Integer.getInteger("bench.rows", 100_000);

	static final List<String> HEADERS = List.of("姓名", "性别", "证件类型", "证件号码", "联系电话", "来源地类别", "来源地", "到达日期", "交通方式",
			"车次/航班/车牌", "现住址", "所属网格(编码)", "管控措施", "开始日期", "备注");

	@Test
	void write() throws Exception {
		List<String> grids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(
				System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/fangkong_bench"),
				System.getProperty("bench.user", "fangkong"), System.getProperty("bench.password", "fangkong"));
				Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery(
						"select code from jurisdiction_node where kind in ('VILLAGE', 'COMMUNITY') order by id")) {
			while (rs.next()) {
				grids.add(rs.getString(1));
			}
		}
		String base = System.getProperty("bench.out", "target/benchmarks/w2-ledger");
		Path xlsx = Path.of(base + ".xlsx");
		Path csv = Path.of(base + ".csv");
		Files.createDirectories(xlsx.toAbsolutePath().getParent());
		long started = System.nanoTime();
		Random r = new Random(Long.getLong("bench.seed", 2L));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String[] origins = { "外省", "省内其他地区", "湖北（武汉以外）", "武汉", "境外" };
		String[] places = { "北京市", "哈尔滨市", "孝感市", "武汉市", "首尔" };
		String[] measures = { "无", "无", "居家观察", "居家观察", "集中隔离" };
		String[] modes = { "火车", "客车", "自驾", "飞机" };
		Set<String> numbers = new HashSet<>();
		List<String[]> recent = new ArrayList<>();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
				Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			SXSSFSheet sheet = workbook.createSheet("台账");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
			}
			for (int i = 0; i < ROWS; i++) {
				String[] values;
				if (i > 0 && i % 200 == 0) {
					values = recent.get(r.nextInt(recent.size())).clone(); // a duplicate
				}
				else {
					int o = r.nextInt(origins.length);
					String number;
					do {
						LocalDate birth = today.minusYears(18 + r.nextInt(60)).minusDays(r.nextInt(365));
						String first17 = "232721" + String.format("%04d%02d%02d%03d", birth.getYear(),
								birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
						number = first17 + ResidentIdNumber.checkCharacter(first17);
					}
					while (!numbers.add(number));
					if (i % 500 == 499) {
						number = number.substring(0, 17) + ((number.charAt(17) == '0') ? '1' : '0'); // wrong
					}
					LocalDate arrival = today.minusDays(r.nextInt(14));
					String measure = measures[o];
					values = new String[] { CityModel.name(r), "", "居民身份证", number, CityModel.phone(r), origins[o],
							places[o], arrival.toString(), modes[r.nextInt(modes.length)], "",
							"铁力市" + (1 + r.nextInt(300)) + "号", grids.get(r.nextInt(grids.size())), measure,
							measure.equals("无") ? "" : arrival.toString(), "W2" };
					if (recent.size() < 1000) {
						recent.add(values);
					}
					else {
						recent.set(r.nextInt(1000), values);
					}
				}
				Row row = sheet.createRow(i + 1);
				for (int c = 0; c < values.length; c++) {
					if (!values[c].isEmpty()) {
						row.createCell(c).setCellValue(values[c]);
					}
				}
				out.write(String.join(",", values));
				out.write('\n');
			}
			try (OutputStream file = Files.newOutputStream(xlsx)) {
				workbook.write(file);
			}
		}
		System.out.printf("W2 workbook: %,d rows, %,d bytes in %s (and %s), %.1f s%n", ROWS, Files.size(xlsx), xlsx,
				csv, (System.nanoTime() - started) / 1e9);
	}

}
