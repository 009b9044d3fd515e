package vn.dangbo.baocao.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail is off unless APP_MAIL_ENABLED=true; the SMTP server comes from Spring's spring.mail.* properties
 * (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "app.mail.enabled", havingValue = "true")
    Mailer smtpMailer(JavaMailSender sender, @Value("${app.mail.from}") String from) {
        return (to, subject, body) -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            try {
                sender.send(message);
            } catch (MailException e) {
                // the in-app notification is already stored; a mail server outage must not undo it
                log.warn("Mail to {} not sent: {}", to, e.getMessage());
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "app.mail.enabled", havingValue = "false", matchIfMissing = true)
    Mailer noMailer() {
        return (to, subject, body) -> {};
    }
}
