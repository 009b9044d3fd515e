package vn.dangbo.baocao.round;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.PeriodKind;

/** Rounds, their children and the incoming documents; every read names the organisation it serves. */
@Repository
class RoundRepository {

    /** A child organisation of a superior. */
    record Child(long id, String code, String name) {}

    /** A child's line of a round. */
    record ChildLine(long roundId, long organisationId, Long templateId, Long reportId, String status) {}

    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<Map<String, String>>>> TABLE_ROWS = new TypeReference<>() {};
    private static final String INCOMING = """
            select d.id, d.round_id, o.code as sender_code, o.short_name as sender_name, d.report_id, d.version,
                   d.replaces_id, d.symbol, d.issued_on, d.received_at, d.sha256, d.file_name, d.figures,
                   d.returned_at, d.return_comment, d.table_rows
            from incoming_document d join organisation o on o.id = d.sender_id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Child> children(long organisationId) {
        return jdbc.sql("select id, code, short_name from organisation where parent_id = ? and active order by id")
                .param(organisationId)
                .query((rs, n) -> new Child(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    long insert(
            long organisationId, long templateId, String templateKey, NewRound r, String title, String by, Instant at) {
        return jdbc.sql("""
                insert into round (organisation_id, template_id, template_key, period_kind, period_year,
                                   period_number, title, basis, basis_number, deadline, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        organisationId,
                        templateId,
                        templateKey,
                        r.period().kind().name(),
                        r.period().year(),
                        r.period().number(),
                        title,
                        r.basis(),
                        r.basisNumber(),
                        Timestamp.from(r.deadline()),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void setProcessInstance(long roundId, String processInstanceId) {
        jdbc.sql("update round set process_instance_id = ? where id = ?")
                .params(processInstanceId, roundId)
                .update();
    }

    boolean close(long roundId, String by, String reason, Instant at) {
        return jdbc.sql(
                                "update round set closed_at = ?, closed_by = ?, close_reason = ? where id = ? and closed_at is null")
                        .params(Timestamp.from(at), by, reason, roundId)
                        .update()
                > 0;
    }

    void setSuperiorReport(long roundId, long reportId) {
        jdbc.sql("update round set superior_report_id = ? where id = ?")
                .params(reportId, roundId)
                .update();
    }

    Optional<Round> round(long id) {
        return jdbc.sql("select * from round where id = ?")
                .param(id)
                .query(this::mapRound)
                .optional();
    }

    Optional<Round> lock(long id) {
        return jdbc.sql("select * from round where id = ? for update")
                .param(id)
                .query(this::mapRound)
                .optional();
    }

    List<Round> rounds(long organisationId) {
        return jdbc.sql("select * from round where organisation_id = ? order by id desc")
                .param(organisationId)
                .query(this::mapRound)
                .list();
    }

    void insertChild(long roundId, long organisationId) {
        jdbc.sql("insert into round_child (round_id, organisation_id, status) values (?, ?, 'REQUESTED')")
                .params(roundId, organisationId)
                .update();
    }

    Optional<ChildLine> lockChild(long roundId, long organisationId) {
        return jdbc.sql("select * from round_child where round_id = ? and organisation_id = ? for update")
                .params(roundId, organisationId)
                .query(this::mapChild)
                .optional();
    }

    Optional<ChildLine> lockChildOfReport(long reportId) {
        return jdbc.sql("select * from round_child where report_id = ? for update")
                .param(reportId)
                .query(this::mapChild)
                .optional();
    }

    List<ChildLine> childrenOf(long roundId) {
        return jdbc.sql("select * from round_child where round_id = ? order by organisation_id")
                .param(roundId)
                .query(this::mapChild)
                .list();
    }

    /** Children whose current report has not arrived (issued or not: the caller asks issuance). */
    List<ChildLine> awaitingDelivery() {
        return jdbc.sql("""
                select c.* from round_child c
                where c.status = 'OPENED' and c.report_id is not null
                  and not exists (select 1 from incoming_document i
                                  where i.round_id = c.round_id and i.sender_id = c.organisation_id
                                    and i.report_id = c.report_id)
                order by c.round_id, c.organisation_id""").query(this::mapChild).list();
    }

    List<ChildLine> requestsOf(long organisationId) {
        return jdbc.sql("select * from round_child where organisation_id = ? order by round_id desc")
                .param(organisationId)
                .query(this::mapChild)
                .list();
    }

    void setChildTemplate(long roundId, long organisationId, long templateId) {
        jdbc.sql("update round_child set template_id = ? where round_id = ? and organisation_id = ?")
                .params(templateId, roundId, organisationId)
                .update();
    }

    void setChildReport(long roundId, long organisationId, long reportId) {
        jdbc.sql("update round_child set report_id = ?, status = 'OPENED' where round_id = ? and organisation_id = ?")
                .params(reportId, roundId, organisationId)
                .update();
    }

    void setChildStatus(long roundId, long organisationId, String status) {
        jdbc.sql("update round_child set status = ? where round_id = ? and organisation_id = ?")
                .params(status, roundId, organisationId)
                .update();
    }

    boolean markReminded(long roundId, long organisationId, Instant at) {
        return jdbc.sql("update round_child set reminded_at = ? where round_id = ? and organisation_id = ? "
                                + "and reminded_at is null")
                        .params(Timestamp.from(at), roundId, organisationId)
                        .update()
                == 1;
    }

    boolean markEscalated(long roundId, long organisationId, Instant at) {
        return jdbc.sql("update round_child set escalated_at = ? where round_id = ? and organisation_id = ? "
                                + "and escalated_at is null")
                        .params(Timestamp.from(at), roundId, organisationId)
                        .update()
                == 1;
    }

    void publishedBy(long templateId, long organisationId) {
        jdbc.sql("update report_template set published_by = ? where id = ?")
                .params(organisationId, templateId)
                .update();
    }

    /** The board in one query: each child with its latest incoming version. */
    List<BoardRow> board(long roundId, long organisationId) {
        return jdbc.sql("""
                select o.code, o.short_name, c.status, c.report_id, c.escalated_at, d.symbol, d.issued_on,
                       d.received_at, coalesce(d.version, 0) as version, d.returned_at, d.id as incoming_id
                from round_child c
                join round r on r.id = c.round_id and r.organisation_id = ?
                join organisation o on o.id = c.organisation_id
                left join lateral (select * from incoming_document i
                                   where i.round_id = c.round_id and i.sender_id = c.organisation_id
                                   order by i.version desc limit 1) d on true
                where c.round_id = ? order by o.short_name, o.id""")
                .params(organisationId, roundId)
                .query((rs, n) -> new BoardRow(
                        rs.getString("code"),
                        rs.getString("short_name"),
                        rs.getString("status"),
                        (Long) rs.getObject("report_id"),
                        rs.getString("symbol"),
                        rs.getObject("issued_on", LocalDate.class),
                        instant(rs, "received_at"),
                        rs.getInt("version"),
                        rs.getTimestamp("returned_at") != null,
                        rs.getTimestamp("escalated_at") != null,
                        (Long) rs.getObject("incoming_id")))
                .list();
    }

    record BoardRow(
            String code,
            String name,
            String status,
            Long reportId,
            String symbol,
            LocalDate issuedOn,
            Instant receivedAt,
            int version,
            boolean returned,
            boolean escalated,
            Long incomingId) {}

    Optional<IncomingDocument> latestIncoming(long roundId, long senderId) {
        return jdbc.sql(INCOMING + " where d.round_id = ? and d.sender_id = ? order by d.version desc limit 1")
                .params(roundId, senderId)
                .query(this::mapIncoming)
                .optional();
    }

    boolean received(long organisationId, long issuedDocumentId) {
        return jdbc.sql("select count(*) from incoming_document where organisation_id = ? and issued_document_id = ?")
                        .params(organisationId, issuedDocumentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertIncoming(
            long organisationId,
            long roundId,
            long senderId,
            long reportId,
            long issuedDocumentId,
            int version,
            Long replacesId,
            String symbol,
            LocalDate issuedOn,
            Instant receivedAt,
            String sha256,
            String fileName,
            byte[] content,
            Map<String, BigDecimal> figures,
            Map<String, List<Map<String, String>>> tableRows) {
        return jdbc.sql("""
                insert into incoming_document (organisation_id, round_id, sender_id, report_id, issued_document_id,
                    version, replaces_id, symbol, issued_on, received_at, sha256, file_name, content, figures,
                    table_rows)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb)) returning id""")
                .params(
                        organisationId,
                        roundId,
                        senderId,
                        reportId,
                        issuedDocumentId,
                        version,
                        replacesId,
                        symbol,
                        issuedOn,
                        Timestamp.from(receivedAt),
                        sha256,
                        fileName,
                        content,
                        toJson(figures),
                        toJson(tableRows))
                .query(Long.class)
                .single();
    }

    /** The register of incoming documents of an organisation, newest first. */
    List<IncomingDocument> incoming(long organisationId) {
        return jdbc.sql(INCOMING + " where d.organisation_id = ? order by d.received_at desc, d.id desc")
                .param(organisationId)
                .query(this::mapIncoming)
                .list();
    }

    Optional<IncomingDocument> incoming(long organisationId, long id) {
        return jdbc.sql(INCOMING + " where d.organisation_id = ? and d.id = ?")
                .params(organisationId, id)
                .query(this::mapIncoming)
                .optional();
    }

    /** The latest version of each child's document in a round. */
    List<IncomingDocument> latestOfRound(long organisationId, long roundId) {
        return jdbc.sql(INCOMING + """
                 where d.organisation_id = ? and d.round_id = ?
                   and d.version = (select max(x.version) from incoming_document x
                                    where x.round_id = d.round_id and x.sender_id = d.sender_id)
                 order by o.short_name, o.id""")
                .params(organisationId, roundId)
                .query(this::mapIncoming)
                .list();
    }

    byte[] content(long organisationId, long id) {
        return jdbc.sql("select content from incoming_document where organisation_id = ? and id = ?")
                .params(organisationId, id)
                .query(byte[].class)
                .single();
    }

    void markReturned(long id, String by, String comment, Instant at) {
        jdbc.sql("update incoming_document set returned_at = ?, returned_by = ?, return_comment = ? where id = ?")
                .params(Timestamp.from(at), by, comment, id)
                .update();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Round mapRound(ResultSet rs, int row) throws SQLException {
        return new Round(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getLong("template_id"),
                rs.getString("template_key"),
                new Period(
                        PeriodKind.valueOf(rs.getString("period_kind")),
                        rs.getInt("period_year"),
                        rs.getInt("period_number")),
                rs.getString("title"),
                rs.getString("basis_number"),
                rs.getString("basis"),
                instant(rs, "deadline"),
                rs.getString("process_instance_id"),
                (Long) rs.getObject("superior_report_id"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "closed_at"),
                rs.getString("close_reason"));
    }

    private ChildLine mapChild(ResultSet rs, int row) throws SQLException {
        return new ChildLine(
                rs.getLong("round_id"),
                rs.getLong("organisation_id"),
                (Long) rs.getObject("template_id"),
                (Long) rs.getObject("report_id"),
                rs.getString("status"));
    }

    private IncomingDocument mapIncoming(ResultSet rs, int row) throws SQLException {
        try {
            return new IncomingDocument(
                    rs.getLong("id"),
                    rs.getLong("round_id"),
                    rs.getString("sender_code"),
                    rs.getString("sender_name"),
                    rs.getLong("report_id"),
                    rs.getInt("version"),
                    (Long) rs.getObject("replaces_id"),
                    rs.getString("symbol"),
                    rs.getObject("issued_on", LocalDate.class),
                    instant(rs, "received_at"),
                    rs.getString("sha256"),
                    rs.getString("file_name"),
                    json.readValue(rs.getString("figures"), FIGURES),
                    instant(rs, "returned_at"),
                    rs.getString("return_comment"),
                    json.readValue(rs.getString("table_rows"), TABLE_ROWS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
