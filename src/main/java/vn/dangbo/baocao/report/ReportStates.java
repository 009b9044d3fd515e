package vn.dangbo.baocao.report;

import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.AppException;

/**
 * The only way a report's state changes outside this module: collecting → consolidating → awaiting approval →
 * issued, back to consolidating when the signer returns it (cancelling stays with {@link ReportService}). Each
 * transition checks the state of the report the caller has locked, and refuses (409) any other.
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

    /** The signer returns the report to the office. */
    public void returnForConsolidation(Report report) {
        require(report, ReportStatus.AWAITING_APPROVAL);
        reports.setStatus(report.id(), ReportStatus.CONSOLIDATING);
    }

    /** The approved report got its number and document. */
    public void issued(Report report) {
        require(report, ReportStatus.AWAITING_APPROVAL);
        reports.setStatus(report.id(), ReportStatus.ISSUED);
    }

    private static void require(Report report, ReportStatus expected) {
        if (report.status() != expected) {
            throw AppException.conflict("error.report.wrongStatus", StatusLabels.report(report.status()));
        }
    }
}
