package vn.dangbo.baocao.report;

/**
 * Issues an approved report (number, document, register), offered by the module that renders documents and
 * called by the process's asynchronous issue step: a failure rolls back and the engine retries.
 */
public interface ReportIssuer {

    void issue(long reportId);
}
