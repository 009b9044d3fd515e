package vn.dangbo.baocao.issuance;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.report.IssuedNumbers;

@Component
class IssuedNumbersOfRegister implements IssuedNumbers {

    private final JdbcClient jdbc;

    IssuedNumbersOfRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Issued> of(Collection<Long> reportIds) {
        Map<Long, Issued> issued = new HashMap<>();
        if (!reportIds.isEmpty()) {
            jdbc.sql("select report_id, symbol, issued_at from issued_document where report_id in (:ids)")
                    .param("ids", reportIds)
                    .query(rs -> {
                        issued.put(
                                rs.getLong(1),
                                new Issued(rs.getString(2), rs.getTimestamp(3).toInstant()));
                    });
        }
        return issued;
    }
}
