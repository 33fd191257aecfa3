package nl.opstap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Opstap: the client's file, employers, matching and steering for Participatiewet services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpstapApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpstapApplication.class, args);
    }
}
