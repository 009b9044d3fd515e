package vn.dangbo.baocao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.dangbo.baocao.common.Violation;

class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void aLostDatabaseIs503InVietnamese() {
        for (Exception e : List.of(
                new CannotGetJdbcConnectionException("refused"),
                new CannotCreateTransactionException("no connection"))) {
            ResponseEntity<ProblemDetail> answer = handler.databaseDown(e);
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getBody().getDetail()).startsWith("Hệ thống tạm thời không kết nối được cơ sở dữ liệu");
        }
    }

    @Test
    void errorListsAreBounded() {
        List<Violation> many = IntStream.range(0, 120)
                .mapToObj(i -> new Violation("f" + i, "lỗi " + i))
                .toList();
        var errors = ApiExceptionHandler.errors(many);
        assertThat(errors).hasSize(ApiExceptionHandler.MAX_ERRORS + 1);
        assertThat(errors.get(ApiExceptionHandler.MAX_ERRORS).get("message")).isEqualTo("… và 70 lỗi khác.");
    }
}
