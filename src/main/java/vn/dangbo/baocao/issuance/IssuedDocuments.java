package vn.dangbo.baocao.issuance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IssuedDocuments {

    private static final String COLUMNS =
            "id, report_id, number, symbol, title, issued_on, issued_at, file_name, sha256,"
                    + " pdf_sha256 is not null as pdf_stored, signing_state";

    private final JdbcClient jdbc;

    IssuedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IssuedDocument> ofReport(long reportId) {
        return jdbc.sql("select " + COLUMNS + " from issued_document where report_id = ?")
                .param(reportId)
                .query(this::document)
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from issued_document where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    void insert(
            long organisationId,
            long registerId,
            int number,
            String symbol,
            long reportId,
            String title,
            java.time.LocalDate issuedOn,
            String fileName,
            String sha256,
            byte[] content) {
        jdbc.sql("""
                insert into issued_document (organisation_id, register_id, number, symbol, report_id, title,
                                             issued_on, file_name, sha256, content)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        organisationId,
                        registerId,
                        number,
                        symbol,
                        reportId,
                        title,
                        issuedOn,
                        fileName,
                        sha256,
                        content)
                .update();
    }

    /** The organisation's issued documents by the year and date bounds of the query, newest first. */
    List<IssuedDocument> list(long organisationId, RegisterQuery query) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from issued_document where organisation_id = ?");
        List<Object> params = new ArrayList<>(List.of(organisationId));
        if (query.year() != null) {
            sql.append(" and extract(year from issued_on) = ?");
            params.add(query.year());
        }
        if (query.from() != null) {
            sql.append(" and issued_on >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and issued_on <= ?");
            params.add(query.to());
        }
        sql.append(" order by issued_on desc, number desc, id desc");
        return jdbc.sql(sql.toString()).params(params).query(this::document).list();
    }

    /** A register line found by the hash of its .docx or of its signed PDF (symbol: "47-BC/ĐU"). */
    record Found(IssuedDocument document, String issuedBy, String symbol, byte[] pdf) {}

    Optional<Found> byHash(String sha256) {
        return jdbc.sql("select d.id, d.report_id, d.number, d.symbol, d.title, d.issued_on, d.issued_at, d.file_name,"
                        + " d.sha256, d.pdf_sha256 is not null as pdf_stored, d.signing_state, o.name as issued_by,"
                        + " d.pdf_content"
                        + " from issued_document d join organisation o on o.id = d.organisation_id"
                        + " where d.sha256 = ? or d.pdf_sha256 = ? order by d.id limit 1")
                .params(sha256, sha256)
                .query((rs, row) -> {
                    IssuedDocument document = document(rs, row);
                    return new Found(
                            document, rs.getString("issued_by"), document.symbol(), rs.getBytes("pdf_content"));
                })
                .optional();
    }

    Optional<byte[]> signedPdf(long id) {
        return jdbc.sql("select pdf_content from issued_document where id = ? and pdf_content is not null")
                .param(id)
                .query(byte[].class)
                .optional();
    }

    void attachPdf(long id, String fileName, String sha256, byte[] content) {
        jdbc.sql("update issued_document set pdf_file_name = ?, pdf_sha256 = ?, pdf_content = ? where id = ?")
                .params(fileName, sha256, content, id)
                .update();
    }

    void setSigning(long id, SigningState state, String failure) {
        jdbc.sql("update issued_document set signing_state = ?, signing_failure = ? where id = ?")
                .params(state == null ? null : state.name(), failure, id)
                .update();
    }

    /** The row locked for the signer's "Ký số" (two clicks sign once). */
    Optional<IssuedDocument> lockOfReport(long reportId) {
        return jdbc.sql("select " + COLUMNS + " from issued_document where report_id = ? for update")
                .param(reportId)
                .query(this::document)
                .optional();
    }

    Optional<String> signingFailure(long id) {
        return jdbc.sql("select signing_failure from issued_document where id = ? and signing_failure is not null")
                .param(id)
                .query(String.class)
                .optional();
    }

    private IssuedDocument document(ResultSet rs, int row) throws SQLException {
        return new IssuedDocument(
                rs.getLong("id"),
                rs.getLong("report_id"),
                rs.getInt("number"),
                rs.getString("symbol"),
                rs.getString("title"),
                rs.getObject("issued_on", java.time.LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("file_name"),
                rs.getString("sha256"),
                rs.getBoolean("pdf_stored"),
                rs.getString("signing_state") == null ? null : SigningState.valueOf(rs.getString("signing_state")));
    }
}
