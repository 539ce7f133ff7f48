package org.warnews;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WarNewsApplication {

	public static void main(String[] args) {
		SpringApplication.run(WarNewsApplication.class, args);
	}

}
