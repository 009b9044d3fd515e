package vn.dangbo.baocao.issuance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.contribution.ReportParts;
import vn.dangbo.baocao.contribution.SectionContent;
import vn.dangbo.baocao.contribution.SectionItem;
import vn.dangbo.baocao.contribution.SectionRepository;
import vn.dangbo.baocao.issuance.DocumentModel.Block;
import vn.dangbo.baocao.issuance.DocumentModel.Heading;
import vn.dangbo.baocao.issuance.DocumentModel.Text;
import vn.dangbo.baocao.organisation.AppUser;
import vn.dangbo.baocao.organisation.Organisation;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.organisation.Unit;
import vn.dangbo.baocao.report.Placeholders;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportRepository;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.Indicator;
import vn.dangbo.baocao.template.IndicatorCheck;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;

/**
 * Puts a report's current content into document order: the template's outline, the office's own sections,
 * each role section from its unit, and `each` sections either as condensed by the office or unit by unit
 * under the unit's name.
 */
@Component
public class DocumentAssembler {

    private final ReportParts parts;
    private final SectionRepository sections;
    private final ReportRepository reports;
    private final OrganisationRepository organisations;

    DocumentAssembler(ReportParts parts, SectionRepository sections, ReportRepository reports,
                      OrganisationRepository organisations) {
        this.parts = parts;
        this.sections = sections;
        this.reports = reports;
        this.organisations = organisations;
    }

    public DocumentModel assemble(Report report, String numberSymbol, LocalDate date) {
        ReportTemplate template = parts.template(report);
        Organisation organisation = organisations.organisation(report.organisationId()).orElseThrow();
        AppUser signer = organisations.user(report.signerId()).orElseThrow();
        Unit office = organisations.unit(report.officeUnitId()).orElseThrow();
        List<ReportUnit> units = reports.units(report.id());
        Map<String, SectionContent> content = sections.currentOfReport(report.id()).stream()
                .collect(Collectors.toMap(c -> key(c.sectionCode(), c.unitId()), c -> c));

        List<Block> body = new ArrayList<>();
        if (!report.basis().isBlank()) {
            body.add(new Text(report.basis()));
        }
        for (TemplateSection section : template.allSections()) {
            body.add(new Heading(section.depth(), section.label(), section.heading()));
            if (!section.holdsContent()) {
                continue;
            }
            SectionOwner owner = section.owner();
            Optional<SectionContent> officeVersion = Optional.ofNullable(content.get(key(section.code(), office.id())));
            if (owner.kind() == SectionOwner.Kind.EACH && officeVersion.isEmpty()) {
                for (ReportUnit unit : units) {
                    SectionContent unitContent = content.get(key(section.code(), unit.unit().id()));
                    if (unitContent != null && unitContent.items().stream().anyMatch(SectionItem::filled)) {
                        body.add(new Heading(section.depth() + 1, "", unit.unit().name()));
                        items(body, section, unitContent, section.depth() + 2);
                    }
                }
                continue;
            }
            Optional<SectionContent> written = switch (owner.kind()) {
                case OFFICE, EACH -> officeVersion;
                case ROLE -> units.stream().filter(u -> u.roleKeys().contains(owner.roleKey())).findFirst()
                        .map(u -> content.get(key(section.code(), u.unit().id())));
            };
            items(body, section, written.orElse(null), section.depth() + 1);
        }
        String documentType = Messages.get("document.type." + template.documentType());
        return new DocumentModel(organisation.superiorName(), organisation.name(), numberSymbol,
                organisation.placeName(), date, numberSymbol == null, documentType,
                template.subject().stream().map(s -> Placeholders.fill(s, organisation, report.period())).toList(),
                body, Placeholders.fill(template.closing(), organisation, report.period()), report.recipients(),
                new DocumentModel.Signature(Messages.get(report.signingAuthority().messageKey()),
                        signer.position() == null ? "" : signer.position(), signer.fullName()));
    }

    private static void items(List<Block> body, TemplateSection section, SectionContent content, int level) {
        for (TemplateItem item : section.items()) {
            Optional<SectionItem> written = content == null ? Optional.empty() : content.item(item.code());
            if (!item.heading().isBlank()) {
                body.add(new Heading(level, item.label(), item.heading()));
            }
            written.filter(w -> !w.text().isBlank()).ifPresent(w -> body.add(new Text(w.text())));
            written.ifPresent(w -> figures(body, item, w));
        }
    }

    private static void figures(List<Block> body, TemplateItem item, SectionItem written) {
        CheckResult check = IndicatorCheck.checkStored(item, written.indicators(), Map.of());
        List<String> lines = new ArrayList<>();
        for (Indicator indicator : item.indicators()) {
            String value = check.display().get(indicator.key());
            if (value != null && !value.isBlank()) {
                String unit = indicator.unit() == null || indicator.unit().isBlank() ? "" : " " + indicator.unit();
                lines.add("- " + indicator.label() + ": " + value + unit + ".");
            }
        }
        if (!lines.isEmpty()) {
            body.add(new Text(String.join("\n", lines)));
        }
    }

    private static String key(String sectionCode, long unitId) {
        return sectionCode + "#" + unitId;
    }
}
