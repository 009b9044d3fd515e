package vn.dangbo.baocao.notification;

/** Sends a plain-text e-mail. The default does nothing; SMTP is used when app.mail.enabled=true. */
public interface Mailer {

    void send(String to, String subject, String body);
}
