package org.fangkong.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.fangkong.hotline.CallCategory;
import org.fangkong.hotline.HotlineAnswers.NewAnswer;
import org.fangkong.hotline.HotlineSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's answer knowledge base of the demo city (issue #12 item 3): a few dozen
 * answers in Chinese from {@code demo/hotline-answers.txt}, marked as demo data. Loaded
 * once, through the hotline's seeding interface.
 */
@Component
@Profile("demo")
@Order(13)
class DemoHotline implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHotline.class);

	private final HotlineSeeding seeding;

	DemoHotline(HotlineSeeding seeding) {
		this.seeding = seeding;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.seeding.hasAnswers()) {
			return;
		}
		int count = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/hotline-answers.txt").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				this.seeding.addAnswer(new NewAnswer(CallCategory.valueOf(parts[0]), parts[1], parts[2], parts[3]));
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Loaded {} demo answers of the hotline", count);
	}

}
