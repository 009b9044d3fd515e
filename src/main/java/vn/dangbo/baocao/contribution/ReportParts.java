package vn.dangbo.baocao.contribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.Period;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.template.Placeholders;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateCatalog;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.TemplateTexts;

/** Which unit writes which part of a report, from the template's owners and the report's assignments. */
@Component
public class ReportParts {

    private final TemplateCatalog templates;
    private final Reports reports;
    private final OrganisationRepository organisations;
    private final Clock clock;
    // the names a template's placeholders print, read at most once a minute per organisation: a submission asks for
    // the filled template several times, and a renamed organisation shows its new name within the minute
    private final Map<Long, Named> names = new ConcurrentHashMap<>();

    ReportParts(TemplateCatalog templates, Reports reports, OrganisationRepository organisations, Clock clock) {
        this.templates = templates;
        this.reports = reports;
        this.organisations = organisations;
        this.clock = clock;
    }

    private record Named(String shortName, String placeName, Instant readAt) {}

    private Named names(long organisationId) {
        Instant now = clock.instant();
        return names.compute(organisationId, (id, known) -> {
            if (known != null && known.readAt().isAfter(now.minus(NAMES_FRESH_FOR))) {
                return known;
            }
            var organisation = organisations.organisation(id).orElseThrow();
            return new Named(organisation.shortName(), organisation.placeName(), now);
        });
    }

    private static final Duration NAMES_FRESH_FOR = Duration.ofMinutes(1);

    /** The report's template with its placeholders filled for the report's period and organisation. */
    public ReportTemplate template(Report report) {
        Named organisation = names(report.organisationId());
        Period period = report.period();
        var key = new FilledKey(
                report.templateId(),
                period.kind().name(),
                period.year(),
                period.number(),
                organisation.shortName(),
                organisation.placeName());
        ReportTemplate known = filled.get(key);
        if (known != null) {
            return known;
        }
        if (filled.size() >= MAX_FILLED) {
            filled.clear();
        }
        ReportTemplate template = TemplateTexts.fill(
                templates.template(report.templateId()),
                Placeholders.forReport(key.periodKind(), key.year(), key.number(), key.shortName(), key.placeName()));
        filled.put(key, template);
        return template;
    }

    // a stored template version never changes, so its filled copy for one period and one name is reused: every
    // save and submission asks for it, and filling every text of the template was a tenth of a save's CPU
    private record FilledKey(
            long templateRowId, String periodKind, int year, int number, String shortName, String placeName) {}

    private static final int MAX_FILLED = 512;
    private final Map<FilledKey, ReportTemplate> filled = new ConcurrentHashMap<>();

    /**
     * The parts a unit writes in its task: the sections (or, where items have their own owner, the items) of its
     * roles, and every `each` one. A part of a mixed section holds only the unit's items.
     */
    public List<Part> ofUnit(ReportTemplate template, ReportUnit unit) {
        List<Part> parts = new ArrayList<>();
        for (TemplateSection section : template.contentSections()) {
            if (!section.mixedOwners()) {
                if (writes(unit, section.owner())) {
                    parts.add(new Part(section, unit.unit()));
                }
                continue;
            }
            TemplateSection own = section.withItems(o -> writes(unit, o));
            if (own.holdsContent()) {
                parts.add(new Part(own, unit.unit()));
            }
        }
        return parts;
    }

    private static boolean writes(ReportUnit unit, SectionOwner owner) {
        return owner.kind() == SectionOwner.Kind.EACH
                || owner.kind() == SectionOwner.Kind.ROLE && unit.roleKeys().contains(owner.roleKey());
    }

    /** What the office writes of a section: its own items, and its condensed version of the `each` ones. */
    public static TemplateSection officePart(TemplateSection section) {
        return section.mixedOwners() ? section.withItems(o -> o.kind() != SectionOwner.Kind.ROLE) : section;
    }

    /**
     * The part of a section that a request names: the office's for office sections, the bound unit's for role
     * sections, and for `each` sections the unit given (or the actor's own unit).
     */
    public Optional<Part> part(Report report, TemplateSection section, String unitCode, Unit actorUnit) {
        if (section.mixedOwners()) {
            return mixedPart(report, section, unitCode, actorUnit);
        }
        return switch (section.owner().kind()) {
            case OFFICE -> organisations.unit(report.officeUnitId()).map(u -> new Part(section, u));
            case ROLE ->
                reports.units(report.id()).stream()
                        .filter(u -> u.roleKeys().contains(section.owner().roleKey()))
                        .findFirst()
                        .map(u -> new Part(section, u.unit()));
            case EACH -> {
                String code = unitCode == null || unitCode.isBlank() ? actorUnit.code() : unitCode;
                if (code.equals(organisations
                        .unit(report.officeUnitId())
                        .map(Unit::code)
                        .orElse(null))) {
                    yield organisations.unit(report.officeUnitId()).map(u -> new Part(section, u));
                }
                yield reports.units(report.id()).stream()
                        .filter(u -> u.unit().code().equals(code))
                        .findFirst()
                        .map(u -> new Part(section, u.unit()));
            }
        };
    }

    /**
     * A section whose items have different owners: the unit named (or the actor's own) writes the items it owns;
     * the office writes its items and condenses the `each` ones. A unit owning none of them has no part.
     */
    private Optional<Part> mixedPart(Report report, TemplateSection section, String unitCode, Unit actorUnit) {
        String code = unitCode == null || unitCode.isBlank() ? actorUnit.code() : unitCode;
        Optional<Unit> office = organisations.unit(report.officeUnitId());
        if (office.map(u -> u.code().equals(code)).orElse(false)) {
            return office.map(u -> new Part(officePart(section), u))
                    .filter(p -> p.section().holdsContent());
        }
        return reports.units(report.id()).stream()
                .filter(u -> u.unit().code().equals(code))
                .findFirst()
                .map(u -> new Part(section.withItems(o -> writes(u, o)), u.unit()))
                .filter(p -> p.section().holdsContent());
    }
}
