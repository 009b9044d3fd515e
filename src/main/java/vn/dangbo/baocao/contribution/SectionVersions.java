package vn.dangbo.baocao.contribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;

/** Every saved version of a part, and the comparison of any two of them. */
@Service
public class SectionVersions {

    private final ReportAccess access;
    private final ReportParts parts;
    private final SectionRepository sections;
    private final Reports reports;
    private final SectionDrafts drafts;

    SectionVersions(
            ReportAccess access, ReportParts parts, SectionRepository sections, Reports reports, SectionDrafts drafts) {
        this.drafts = drafts;
        this.access = access;
        this.parts = parts;
        this.sections = sections;
        this.reports = reports;
    }

    /**
     * For each part of a unit, the version it last submitted: the newest version saved before its last
     * submission. Empty when the unit has not submitted; a part saved only after it is left out.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> lastSubmittedVersions(Actor actor, long reportId, String unitCode) {
        Report report = access.visible(actor, reportId);
        ReportUnit unit = reports.units(reportId).stream()
                .filter(u -> u.unit().code().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode));
        if (unit.unit().id() != actor.unit().id()
                && !actor.has(Role.OFFICE)
                && !actor.has(Role.LEADERSHIP)
                && !actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.section.notYours");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        if (unit.submittedAt() == null) {
            return out;
        }
        for (Part part : parts.ofUnit(parts.template(report), unit)) {
            sections.versions(reportId, part.section().code(), unit.unit().id()).stream()
                    .filter(c -> c.savedAt() != null && !c.savedAt().isAfter(unit.submittedAt()))
                    .reduce((a, b) -> b)
                    .ifPresent(c -> out.put(part.section().code(), c.version()));
        }
        return out;
    }

    /** The versions of a part, oldest first. */
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(Actor actor, long reportId, String code, String unitCode) {
        Part part = readable(actor, reportId, code, unitCode);
        return sections.versions(reportId, code, part.unit().id()).stream()
                .map(VersionSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public VersionDiff diff(Actor actor, long reportId, String code, String unitCode, int from, int to) {
        Part part = readable(actor, reportId, code, unitCode);
        List<SectionContent> all = sections.versions(reportId, code, part.unit().id());
        return diff(part, find(all, from, code), find(all, to, code));
    }

    /**
     * A version against what the part holds now: the unit's own autosaved draft when there is one over the
     * latest version, otherwise the latest version (a returned part's "what changed since the submission").
     */
    @Transactional(readOnly = true)
    public VersionDiff diffToNow(Actor actor, long reportId, String code, String unitCode, int from) {
        Part part = readable(actor, reportId, code, unitCode);
        List<SectionContent> all = sections.versions(reportId, code, part.unit().id());
        SectionContent latest = all.isEmpty() ? find(all, from, code) : all.get(all.size() - 1);
        SectionContent now = part.unit().id() != actor.unit().id()
                ? latest
                : drafts.find(reportId, code, part.unit().id())
                        .filter(d -> d.baseVersion() == latest.version())
                        .map(d -> new SectionContent(
                                reportId,
                                code,
                                d.unitId(),
                                latest.version(),
                                d.items(),
                                "",
                                d.updatedBy(),
                                latest.savedByUnit(),
                                d.updatedAt()))
                        .orElse(latest);
        return diff(part, find(all, from, code), now);
    }

    private VersionDiff diff(Part part, SectionContent a, SectionContent b) {
        String code = part.section().code();
        List<VersionDiff.ItemDiff> items = new ArrayList<>();
        for (TemplateItem item : part.section().items()) {
            String before = a.item(item.code()).map(SectionItem::text).orElse("");
            String after = b.item(item.code()).map(SectionItem::text).orElse("");
            List<VersionDiff.FigureChange> figures = figures(
                    item,
                    a.item(item.code()).map(SectionItem::indicators).orElse(Map.of()),
                    b.item(item.code()).map(SectionItem::indicators).orElse(Map.of()));
            items.add(new VersionDiff.ItemDiff(
                    item.code(),
                    item.numberedHeading(),
                    before,
                    after,
                    LineDiff.of(before, after),
                    figures,
                    !before.equals(after) || !figures.isEmpty()));
        }
        return new VersionDiff(code, part.unit().code(), VersionSummary.of(a), VersionSummary.of(b), items);
    }

    private static List<VersionDiff.FigureChange> figures(
            TemplateItem item, Map<String, String> before, Map<String, String> after) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<VersionDiff.FigureChange> changes = new ArrayList<>();
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                String label = item.indicator(key).map(Indicator::label).orElse(key);
                changes.add(new VersionDiff.FigureChange(key, label, before.get(key), after.get(key)));
            }
        }
        return changes;
    }

    private static SectionContent find(List<SectionContent> all, int version, String code) {
        return all.stream()
                .filter(c -> c.version() == version)
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.version.notFound", version, code));
    }

    private Part readable(Actor actor, long reportId, String code, String unitCode) {
        Report report = access.visible(actor, reportId);
        TemplateSection section = parts.template(report)
                .section(code)
                .filter(TemplateSection::holdsContent)
                .orElseThrow(() -> AppException.notFound("error.section.notFound", code));
        Part part = parts.part(report, section, unitCode, actor.unit())
                .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode == null ? "" : unitCode));
        boolean own = part.unit().id() == actor.unit().id();
        if (!own && !actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP) && !actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.section.notYours");
        }
        return part;
    }
}
