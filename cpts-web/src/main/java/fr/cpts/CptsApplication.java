package fr.cpts;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The CPTS platform: one web application over the domain, funding rules and PostgreSQL storage. */
@SpringBootApplication
public class CptsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CptsApplication.class, args);
    }
}
