package vn.dangbo.baocao.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What other modules read of reports and their units; they change them only through {@link ReportStates} and the
 * services of this module.
 */
@Component
public class Reports {

    private final ReportRepository reports;

    Reports(ReportRepository reports) {
        this.reports = reports;
    }

    public Optional<Report> find(long id) {
        return reports.find(id);
    }

    /** The report, locked for the rest of the transaction: state changes of one report happen one at a time. */
    public Optional<Report> lock(long id) {
        return reports.lock(id);
    }

    public List<Report> byProcessInstances(Collection<String> processInstanceIds) {
        return reports.byProcessInstances(processInstanceIds);
    }

    /** The issued reports of an organisation made with any version of the template of a stored template row. */
    public List<Report> issuedOfSameTemplate(long organisationId, long templateRowId) {
        return reports.issuedOfSameTemplate(organisationId, templateRowId);
    }

    /** Every organisation's reports counted by status, in one grouped query (the operators' metrics). */
    public List<StageCount> countByOrganisationAndStatus() {
        return reports.countByOrganisationAndStatus();
    }

    public List<ReportUnit> units(long reportId) {
        return reports.units(reportId);
    }

    /** The units of several reports, with their roles, in one query whatever their number. */
    public Map<Long, List<ReportUnit>> unitsOf(Collection<Long> reportIds) {
        return reports.unitsOf(reportIds);
    }

    public Optional<ReportUnit> unit(long reportId, long unitId) {
        return reports.unit(reportId, unitId);
    }

    public Optional<ReportComment> lastComment(long reportId, Long unitId, String stage) {
        return reports.lastComment(reportId, unitId, stage);
    }
}
