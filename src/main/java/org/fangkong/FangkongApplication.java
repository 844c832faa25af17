package org.fangkong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FangkongApplication {

	public static void main(String[] args) {
		SpringApplication.run(FangkongApplication.class, args);
	}

}
