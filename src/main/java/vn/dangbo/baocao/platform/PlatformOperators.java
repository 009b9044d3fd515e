package vn.dangbo.baocao.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform operators (table platform_operator); their usernames are unique across organisations' users too. */
@Repository
public class PlatformOperators {

    private final JdbcClient jdbc;

    PlatformOperators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlatformOperator> byUsername(String username) {
        return jdbc.sql(
                        "select id, username, password_hash, full_name, enabled from platform_operator where username = ?")
                .param(username)
                .query((rs, n) -> new PlatformOperator(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    public boolean exists(String username) {
        return byUsername(username).isPresent();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from platform_operator)")
                .query(Boolean.class)
                .single();
    }

    /** Whether any organisation's user or any operator already has the name. */
    public boolean usernameTaken(String username) {
        return jdbc.sql("""
                select exists (select 1 from app_user where username = :u)
                    or exists (select 1 from platform_operator where username = :u)""").param("u", username).query(Boolean.class).single();
    }

    /** Creates an operator (bootstrap, demo); the hash is the caller's PasswordEncoder's. */
    public void insert(String username, String passwordHash, String fullName) {
        jdbc.sql("insert into platform_operator (username, password_hash, full_name) values (?, ?, ?)")
                .params(username, passwordHash, fullName)
                .update();
    }
}
