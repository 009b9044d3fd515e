package vn.dangbo.baocao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        LaunchCheck.refuseUnusableLaunch();
        SpringApplication.run(Application.class, args);
    }
}
