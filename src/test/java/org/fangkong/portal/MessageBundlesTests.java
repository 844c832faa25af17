package org.fangkong.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message has its words in Chinese and in English: the two bundles have the same
 * keys (issue #7). A module adding a key to one bundle only fails here, with the keys
 * each bundle lacks.
 */
class MessageBundlesTests {

	@Test
	void theChineseAndTheEnglishBundlesHaveTheSameKeys() throws IOException {
		Set<String> chinese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");
		Set<String> missingInEnglish = new TreeSet<>(chinese);
		missingInEnglish.removeAll(english);
		Set<String> missingInChinese = new TreeSet<>(english);
		missingInChinese.removeAll(chinese);
		assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
		assertThat(missingInChinese).as("keys missing in messages.properties").isEmpty();
		assertThat(chinese).as("messages.properties").isNotEmpty();
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle)) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
