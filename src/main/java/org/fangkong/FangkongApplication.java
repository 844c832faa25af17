package org.fangkong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class FangkongApplication {

	public static void main(String[] args) {
		SpringApplication.run(FangkongApplication.class, args);
	}

}
