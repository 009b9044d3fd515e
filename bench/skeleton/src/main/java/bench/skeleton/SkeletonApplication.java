package bench.skeleton;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bare baseline: Spring Boot, the Camunda engine, its REST API and webapps, one trivial process. */
@SpringBootApplication
@RestController
public class SkeletonApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkeletonApplication.class, args);
    }

    /** Ready: the first 200 here is what the cold-start benchmark times. */
    @GetMapping("/readyz")
    String ready() {
        return "ok";
    }
}
