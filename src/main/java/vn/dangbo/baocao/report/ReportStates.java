package vn.dangbo.baocao.report;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;

/**
 * The only way a report's state changes outside this module: collecting → consolidating → awaiting approval →
 * issued, back to consolidating when the signer returns it (cancelling stays with {@link ReportService}); and a
 * unit's part: not started → drafting → submitted → accepted, or returned and submitted again. Each transition
 * checks the state the caller has read under lock, and refuses (409) any other.
 */
@Component
public class ReportStates {

    private final ReportRepository reports;

    ReportStates(ReportRepository reports) {
        this.reports = reports;
    }

    /** Every unit is accepted (the process's step; a retried job finds it done and changes nothing). */
    public void beginConsolidation(long reportId) {
        reports.setStatus(reportId, ReportStatus.CONSOLIDATING);
    }

    /** The office forwards the consolidated report to the signer. */
    public void forwardForApproval(Report report) {
        require(report, ReportStatus.CONSOLIDATING);
        reports.setStatus(report.id(), ReportStatus.AWAITING_APPROVAL);
    }

    /** The signer returns the report to the office, saying why. */
    public void returnForConsolidation(Report report, String by, String comment) {
        require(report, ReportStatus.AWAITING_APPROVAL);
        reports.setStatus(report.id(), ReportStatus.CONSOLIDATING);
        reports.insertComment(report.id(), null, "APPROVAL", by, comment);
    }

    /** The approved report got its number and document. */
    public void issued(Report report) {
        require(report, ReportStatus.AWAITING_APPROVAL);
        reports.setStatus(report.id(), ReportStatus.ISSUED);
    }

    /** The unit's first words make its part "đang soạn"; later saves change nothing. */
    public void unitDrafting(ReportUnit unit) {
        if (unit.status() == UnitStatus.NOT_STARTED) {
            reports.setUnitStatus(unit.reportId(), unit.unit().id(), UnitStatus.DRAFTING);
        }
    }

    /**
     * Refuses (409) a part that can no longer be handed in: the report is not collecting, or the part was handed
     * in already. A caller with more to do before {@link #unitSubmitted} asks first.
     */
    public void requireSubmittable(Report report, ReportUnit unit) {
        require(report, ReportStatus.COLLECTING);
        requireUnit(report, unit);
        if (!unit.status().editable()) {
            throw AppException.conflict("error.task.done");
        }
    }

    /** The unit hands in its part while the report is collecting. */
    public void unitSubmitted(Report report, ReportUnit unit, String by, Instant at) {
        requireSubmittable(report, unit);
        reports.markSubmitted(report.id(), unit.unit().id(), by, at);
    }

    /** The office accepts a submitted part. */
    public void unitAccepted(Report report, ReportUnit unit) {
        requireSubmitted(report, unit);
        reports.setUnitStatus(report.id(), unit.unit().id(), UnitStatus.ACCEPTED);
    }

    /** The office returns a submitted part to its unit, saying why. */
    public void unitReturned(Report report, ReportUnit unit, String by, String comment) {
        requireSubmitted(report, unit);
        reports.setUnitStatus(report.id(), unit.unit().id(), UnitStatus.RETURNED);
        reports.insertComment(report.id(), unit.unit().id(), "REVIEW", by, comment);
    }

    private static void requireSubmitted(Report report, ReportUnit unit) {
        requireUnit(report, unit);
        if (unit.status() != UnitStatus.SUBMITTED) {
            throw AppException.conflict("error.task.done");
        }
    }

    private static void requireUnit(Report report, ReportUnit unit) {
        if (unit.reportId() != report.id()) {
            throw new IllegalArgumentException("unit " + unit.unit().code() + " is not of report " + report.id());
        }
    }

    private static void require(Report report, ReportStatus expected) {
        if (report.status() != expected) {
            throw AppException.conflict("error.report.wrongStatus", StatusLabels.report(report.status()));
        }
    }
}
