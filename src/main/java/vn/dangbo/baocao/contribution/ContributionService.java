package vn.dangbo.baocao.contribution;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.baocao.audit.AuditAction;
import vn.dangbo.baocao.audit.AuditTargets;
import vn.dangbo.baocao.audit.AuditTrail;
import vn.dangbo.baocao.common.AppException;
import vn.dangbo.baocao.common.Hashes;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.common.TextInput;
import vn.dangbo.baocao.common.Violation;
import vn.dangbo.baocao.identity.Actor;
import vn.dangbo.baocao.identity.Role;
import vn.dangbo.baocao.identity.Unit;
import vn.dangbo.baocao.organisation.OrganisationRepository;
import vn.dangbo.baocao.report.Report;
import vn.dangbo.baocao.report.ReportAccess;
import vn.dangbo.baocao.report.ReportStates;
import vn.dangbo.baocao.report.ReportStatus;
import vn.dangbo.baocao.report.ReportUnit;
import vn.dangbo.baocao.report.Reports;
import vn.dangbo.baocao.report.StatusLabels;
import vn.dangbo.baocao.report.UnitStatus;
import vn.dangbo.baocao.template.CheckResult;
import vn.dangbo.baocao.template.FieldError;
import vn.dangbo.baocao.template.FigureCitations;
import vn.dangbo.baocao.template.IndicatorCheck;
import vn.dangbo.baocao.template.ReportTemplate;
import vn.dangbo.baocao.template.SectionOwner;
import vn.dangbo.baocao.template.TemplateItem;
import vn.dangbo.baocao.template.TemplateSection;
import vn.dangbo.baocao.template.UnitTable;

/** A unit's sections: reading, saving versions, and checking that a part is complete before submitting. */
@Service
public class ContributionService {

    private final ReportAccess access;
    private final Reports reports;
    private final ReportStates states;
    private final ReportParts parts;
    private final SectionRepository sections;
    private final SectionDrafts drafts;
    private final EarlierFigures earlierFigures;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxTextChars;

    ContributionService(
            ReportAccess access,
            Reports reports,
            ReportStates states,
            ReportParts parts,
            SectionRepository sections,
            SectionDrafts drafts,
            EarlierFigures earlierFigures,
            OrganisationRepository organisations,
            AuditTrail audit,
            Clock clock,
            @Value("${app.limits.section-text-chars:20000}") int maxTextChars) {
        this.access = access;
        this.reports = reports;
        this.states = states;
        this.parts = parts;
        this.sections = sections;
        this.drafts = drafts;
        this.earlierFigures = earlierFigures;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.maxTextChars = maxTextChars;
    }

    @Transactional(readOnly = true)
    public SectionView section(Actor actor, long reportId, String code, String unitCode) {
        Report report = access.visible(actor, reportId);
        Part part = resolve(report, code, unitCode, actor);
        requireReadable(actor, report, part);
        Optional<SectionContent> current =
                sections.current(reportId, code, part.unit().id());
        Optional<SectionDraft> draft = part.unit().id() == actor.unit().id()
                ? drafts.find(reportId, code, part.unit().id())
                : Optional.empty();
        return view(earlierFigures.of(report), part, current, draft)
                .withParents(parts.template(report).parentHeadings(code));
    }

    /** The parts a unit writes in this report, with their current content. */
    @Transactional(readOnly = true)
    public List<SectionView> unitSections(Actor actor, long reportId, String unitCode) {
        Report report = access.visible(actor, reportId);
        ReportUnit unit = reports.units(reportId).stream()
                .filter(u -> u.unit().code().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode));
        List<Part> unitParts = parts.ofUnit(parts.template(report), unit);
        unitParts.forEach(p -> requireReadable(actor, report, p));
        EarlierFigures.Figures figures = earlierFigures.of(report);
        Map<String, SectionContent> current =
                sections.currentOfUnit(reportId, unit.unit().id());
        Map<String, SectionDraft> own = unit.unit().id() == actor.unit().id()
                ? drafts.ofUnit(reportId, unit.unit().id())
                : Map.of();
        ReportTemplate template = parts.template(report);
        return unitParts.stream()
                .map(p -> view(
                                figures,
                                p,
                                Optional.ofNullable(current.get(p.section().code())),
                                Optional.ofNullable(own.get(p.section().code())))
                        .withParents(template.parentHeadings(p.section().code())))
                .toList();
    }

    /**
     * The unit whose part of a section a request names, after checking that the actor may read it, or with
     * {@code change} that the actor may change it now (the rules of {@link #save}).
     */
    @Transactional(readOnly = true)
    public Unit partOwner(Actor actor, long reportId, String code, String unitCode, boolean change) {
        Report report = access.visible(actor, reportId);
        Part part = resolve(report, code, unitCode, actor);
        requireReadable(actor, report, part);
        if (change) {
            requireWritable(
                    actor, report, part, reports.unit(reportId, part.unit().id()));
        }
        return part.unit();
    }

    /**
     * The parts the office writes while consolidating: its own sections and its condensed version of every
     * `each` section. An `each` section the office has not saved yet starts from the units' texts, one
     * paragraph per unit, so that condensing starts from what the units wrote.
     */
    @Transactional(readOnly = true)
    public List<SectionView> officeSections(Actor actor, long reportId) {
        access.requireOffice(actor);
        Report report = access.visible(actor, reportId);
        Unit office = organisations.unit(report.officeUnitId()).orElseThrow();
        List<ReportUnit> units = reports.units(reportId);
        EarlierFigures.Figures figures = earlierFigures.of(report);
        List<SectionView> out = new ArrayList<>();
        for (TemplateSection whole : parts.template(report).contentSections()) {
            TemplateSection section = ReportParts.officePart(whole);
            if (!section.holdsContent() || !whole.mixedOwners() && whole.owner().kind() == SectionOwner.Kind.ROLE) {
                continue;
            }
            Set<String> each = section.items().stream()
                    .filter(i -> section.ownerOf(i).kind() == SectionOwner.Kind.EACH)
                    .map(TemplateItem::code)
                    .collect(Collectors.toSet());
            Optional<SectionContent> own = sections.current(reportId, section.code(), office.id());
            if (!each.isEmpty() && own.isEmpty()) {
                own = Optional.of(merged(report, section, office, units));
            }
            Optional<SectionDraft> draft = office.id() == actor.unit().id()
                    ? drafts.find(reportId, section.code(), office.id())
                    : Optional.empty();
            SectionView view = view(figures, new Part(section, office), own, draft)
                    .withParents(parts.template(report).parentHeadings(section.code()));
            out.add(each.isEmpty() ? view : view.withoutTables(each));
        }
        return out;
    }

    private SectionContent merged(Report report, TemplateSection section, Unit office, List<ReportUnit> units) {
        List<SectionItem> items = new ArrayList<>();
        for (TemplateItem item : section.items()) {
            List<String> texts = new ArrayList<>();
            for (ReportUnit unit : units) {
                sections.current(report.id(), section.code(), unit.unit().id())
                        .flatMap(c -> c.item(item.code()))
                        .map(written -> written.text().strip())
                        .filter(t -> !t.isEmpty())
                        .ifPresent(texts::add);
            }
            items.add(new SectionItem(item.code(), String.join("\n", texts), Map.of()));
        }
        return new SectionContent(report.id(), section.code(), office.id(), 0, items, "", null, null, null);
    }

    /**
     * Saves a new version of one part (see {@link #saveChecked}); {@code draft} is kept for the callers of
     * the time when a plain save was refused on a broken rule: it no longer changes anything.
     */
    @Transactional
    public int save(
            Actor actor,
            long reportId,
            String code,
            String unitCode,
            List<SectionItem> items,
            int version,
            boolean draft) {
        return saveChecked(actor, reportId, code, unitCode, items, version).version();
    }

    /** A saved version and the rules its figures break: warnings now, blocking only on submitting. */
    public record Saved(int version, List<Violation> warnings) {}

    /**
     * Saves a new version of one part. Unreadable values and unknown citations are refused; broken rules are
     * kept and returned as warnings (docs/templates.md: rules block only submitting).
     */
    @Transactional
    public Saved saveChecked(
            Actor actor, long reportId, String code, String unitCode, List<SectionItem> items, int version) {
        Checked checked = check(actor, reportId, code, unitCode, items, version);
        Part part = checked.part();
        int current = checked.current();
        String hash = Hashes.sha256(sections.toJson(checked.items()));
        SectionContent saved = new SectionContent(
                reportId,
                code,
                part.unit().id(),
                current + 1,
                checked.items(),
                hash,
                actor.username(),
                actor.unit().code(),
                clock.instant());
        try {
            sections.insert(saved);
        } catch (DuplicateKeyException e) {
            throw AppException.conflict("error.section.stale", current + 1);
        }
        drafts.delete(reportId, code, part.unit().id());
        checked.writer().ifPresent(states::unitDrafting);
        auditVersion(actor, reportId, part, saved);
        return new Saved(saved.version(), checked.warnings());
    }

    private void auditVersion(Actor actor, long reportId, Part part, SectionContent saved) {
        audit.record(
                actor,
                AuditAction.SECTION_SAVED,
                AuditTargets.sectionVersion(part.section().code(), part.unit().code(), saved.version()),
                reportId,
                Messages.get(
                        "audit.sectionVersion",
                        part.section().numberedHeading(),
                        part.unit().name(),
                        saved.version()),
                saved.contentHash());
    }

    /**
     * Autosave: keeps what the unit typed in the part's one draft row, over the version it started from. No
     * version, no audit entry, no lock on the audit chain; refused (409) when a newer version was saved since.
     */
    @Transactional
    public Instant autosave(
            Actor actor, long reportId, String code, String unitCode, List<SectionItem> items, int version) {
        Checked checked = check(actor, reportId, code, unitCode, items, version);
        drafts.put(
                reportId,
                code,
                checked.part().unit().id(),
                checked.current(),
                sections.toJson(checked.items()),
                actor.username());
        checked.writer().ifPresent(states::unitDrafting);
        return clock.instant();
    }

    /** A save or an autosave that passed the checks: the part, its writer while collecting, the cleaned items. */
    private record Checked(
            long reportId,
            Part part,
            Optional<ReportUnit> writer,
            List<SectionItem> items,
            List<Violation> warnings,
            int current) {}

    /** Locks, rights, content and version of a save or an autosave; refused (409) when a newer version exists. */
    private Checked check(
            Actor actor, long reportId, String code, String unitCode, List<SectionItem> items, int version) {
        Report report = access.lockedForOwnPart(actor, reportId);
        Part part = resolve(report, code, unitCode, actor);
        // read once: the check below and the status change after the write both need it
        Optional<ReportUnit> writer = report.status() == ReportStatus.COLLECTING
                ? reports.unit(reportId, part.unit().id())
                : Optional.empty();
        requireWritable(actor, report, part, writer);
        List<Violation> warnings = new ArrayList<>();
        List<SectionItem> cleaned = validate(part, othersOf(report, part), items, warnings);
        int current = sections.current(reportId, code, part.unit().id())
                .map(SectionContent::version)
                .orElse(0);
        if (version != current) {
            throw AppException.conflict("error.section.stale", current);
        }
        return new Checked(reportId, part, writer, cleaned, List.copyOf(warnings), current);
    }

    /**
     * On submit: every draft of the unit's parts that differs from its version becomes the next version, with
     * its audit entry, in the submitting transaction; the drafts are then gone. The caller holds the report.
     */
    @Transactional
    public void saveDrafts(Actor actor, Report report, ReportUnit unit) {
        saveDrafts(
                actor,
                report,
                unit,
                new HashMap<>(sections.currentOfUnit(report.id(), unit.unit().id())));
    }

    /**
     * At submission: the unit's pending drafts become versions, then what still blocks submitting is checked,
     * with the unit's current content read once for both.
     */
    public Completeness saveDraftsAndCheck(Actor actor, Report report, ReportUnit unit) {
        Map<String, SectionContent> current =
                new HashMap<>(sections.currentOfUnit(report.id(), unit.unit().id()));
        saveDrafts(actor, report, unit, current);
        return completeness(report, unit, current);
    }

    /** Saves the drafts over {@code current}, which then holds the versions saved. */
    private void saveDrafts(Actor actor, Report report, ReportUnit unit, Map<String, SectionContent> current) {
        Map<String, SectionDraft> pending =
                drafts.ofUnit(report.id(), unit.unit().id());
        for (Part part : parts.ofUnit(parts.template(report), unit)) {
            SectionDraft draft = pending.get(part.section().code());
            if (draft == null) {
                continue;
            }
            SectionContent base = current.get(part.section().code());
            int version = base == null ? 0 : base.version();
            String hash = Hashes.sha256(sections.toJson(draft.items()));
            if (draft.baseVersion() == version
                    && (base == null || !base.contentHash().equals(hash))) {
                SectionContent saved = new SectionContent(
                        report.id(),
                        part.section().code(),
                        unit.unit().id(),
                        version + 1,
                        draft.items(),
                        hash,
                        actor.username(),
                        actor.unit().code(),
                        clock.instant());
                sections.insert(saved);
                current.put(saved.sectionCode(), saved);
                auditVersion(actor, report.id(), part, saved);
            }
            drafts.delete(report.id(), part.section().code(), unit.unit().id());
        }
    }

    /**
     * What still blocks submitting a unit's part: empty required items and broken rules, each with its field.
     * The hash of all the unit's current content is returned with it for the audit entry.
     */
    @Transactional(readOnly = true)
    public Completeness completeness(Report report, ReportUnit unit) {
        return completeness(
                report, unit, sections.currentOfUnit(report.id(), unit.unit().id()));
    }

    private Completeness completeness(Report report, ReportUnit unit, Map<String, SectionContent> current) {
        ReportTemplate template = parts.template(report);
        List<Violation> problems = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        List<Part> unitParts = parts.ofUnit(template, unit);
        // earlier reports are read only for a part with a cumulative (lũy kế) figure
        EarlierFigures.Figures figures = unitParts.stream()
                        .flatMap(p -> p.section().items().stream())
                        .flatMap(i -> i.indicators().stream())
                        .anyMatch(i -> i.cumulative())
                ? earlierFigures.of(report)
                : EarlierFigures.Figures.NONE;
        for (Part part : unitParts) {
            Optional<SectionContent> content =
                    Optional.ofNullable(current.get(part.section().code()));
            content.ifPresent(c -> all.append(c.contentHash()));
            problems.addAll(problemsOf(figures, part, content));
        }
        return new Completeness(problems, Hashes.sha256(all.toString()));
    }

    /** Empty required items and broken rules of the office's own and merged sections, for forwarding. */
    @Transactional(readOnly = true)
    public List<Violation> officeProblems(Report report) {
        ReportTemplate template = parts.template(report);
        Unit office = organisations.unit(report.officeUnitId()).orElseThrow();
        List<Violation> problems = new ArrayList<>();
        EarlierFigures.Figures figures = earlierFigures.of(report);
        for (TemplateSection whole : template.contentSections()) {
            // the office's own items; the units' parts were checked when they submitted
            TemplateSection section = whole.withItems(o -> o.kind() == SectionOwner.Kind.OFFICE);
            if (section.holdsContent()) {
                problems.addAll(problemsOf(
                        figures,
                        new Part(section, office),
                        sections.current(report.id(), section.code(), office.id())));
            }
        }
        return problems;
    }

    /**
     * Checks one item's values as the user types them (Vietnamese numbers), without saving: the computed
     * values to show, the unreadable values and the broken rules, each with its field.
     */
    @Transactional(readOnly = true)
    public CheckResult checkItem(
            Actor actor, long reportId, String code, String unitCode, String itemCode, Map<String, String> raw) {
        Report report = access.visible(actor, reportId);
        Part part = resolve(report, code, unitCode, actor);
        requireReadable(actor, report, part);
        TemplateItem item = part.section().items().stream()
                .filter(i -> i.code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.section.unknownItem", itemCode));
        return IndicatorCheck.check(
                item,
                raw,
                earlierFigures.of(report).earlier(part.section(), part.unit().id(), item));
    }

    /**
     * Checks one unit table's rows as the user types them, without saving: each row as shown (computed cells),
     * the total row, and the unreadable cells with their messages ("…, dòng 2: …").
     */
    @Transactional(readOnly = true)
    public TableCheck checkTable(
            Actor actor,
            long reportId,
            String code,
            String unitCode,
            String itemCode,
            String tableCode,
            List<Map<String, String>> rows) {
        Report report = access.visible(actor, reportId);
        Part part = resolve(report, code, unitCode, actor);
        requireReadable(actor, report, part);
        UnitTable table = part.section().items().stream()
                .filter(i -> i.code().equals(itemCode))
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.section.unknownItem", itemCode))
                .unitTable(tableCode)
                .orElseThrow(() -> AppException.notFound("error.section.unknownTable", itemCode, tableCode));
        return UnitRows.checkTyped(table, rows);
    }

    /** What still blocks a unit's submission, for the editor's confirmation (the rules of {@link #completeness}). */
    @Transactional(readOnly = true)
    public List<Violation> unitProblems(Actor actor, long reportId, String unitCode) {
        Report report = access.visible(actor, reportId);
        ReportUnit unit = reports.units(reportId).stream()
                .filter(u -> u.unit().code().equals(unitCode))
                .findFirst()
                .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode));
        parts.ofUnit(parts.template(report), unit).forEach(p -> requireReadable(actor, report, p));
        Map<String, SectionContent> current = new java.util.HashMap<>(
                sections.currentOfUnit(reportId, unit.unit().id()));
        if (unit.unit().id() == actor.unit().id()) {
            drafts.ofUnit(reportId, unit.unit().id()).forEach((code, d) -> {
                int base = current.containsKey(code) ? current.get(code).version() : 0;
                if (d.baseVersion() == base) {
                    current.put(
                            code,
                            new SectionContent(
                                    reportId,
                                    code,
                                    d.unitId(),
                                    base,
                                    d.items(),
                                    "",
                                    d.updatedBy(),
                                    null,
                                    d.updatedAt()));
                }
            });
        }
        return completeness(report, unit, current).problems();
    }

    /** Blocking problems of a part, and the hash over the content they were found in. */
    public record Completeness(List<Violation> problems, String contentHash) {}

    private List<Violation> problemsOf(EarlierFigures.Figures figures, Part part, Optional<SectionContent> content) {
        TemplateSection section = part.section();
        List<Violation> problems = new ArrayList<>();
        for (TemplateItem item : section.items()) {
            Optional<SectionItem> written = content.flatMap(c -> c.item(item.code()));
            String field = section.code() + "/" + item.code();
            if (item.required() && written.map(SectionItem::filled).orElse(false) == false) {
                problems.add(new Violation(field, Messages.get("error.submit.empty", label(section, item))));
            }
            if (written.isPresent()) {
                CheckResult check = IndicatorCheck.checkStored(
                        item,
                        written.get().indicators(),
                        figures.earlier(section, part.unit().id(), item));
                for (FieldError broken : check.broken()) {
                    problems.add(new Violation(field + "/" + broken.field(), broken.message()));
                }
            }
        }
        return problems;
    }

    /** The items of the part's section that another writer owns (an item with its own owner). */
    private Set<String> othersOf(Report report, Part part) {
        Set<String> own =
                part.section().items().stream().map(TemplateItem::code).collect(Collectors.toSet());
        return parts.template(report).section(part.section().code()).stream()
                .flatMap(s -> s.items().stream())
                .map(TemplateItem::code)
                .filter(c -> !own.contains(c))
                .collect(Collectors.toSet());
    }

    private List<SectionItem> validate(
            Part part, Set<String> others, List<SectionItem> items, List<Violation> warnings) {
        TemplateSection section = part.section();
        List<Violation> problems = new ArrayList<>();
        Map<String, TemplateItem> known = section.items().stream()
                .collect(Collectors.toMap(TemplateItem::code, i -> i, (a, b) -> a, LinkedHashMap::new));
        List<SectionItem> cleaned = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (SectionItem item : items == null ? List.<SectionItem>of() : items) {
            TemplateItem definition = item.code() == null ? null : known.get(item.code());
            if (definition == null && others.contains(item.code())) {
                problems.add(new Violation(
                        item.code(),
                        Messages.get(
                                "error.section.otherOwner",
                                item.code(),
                                part.unit().name())));
                continue;
            }
            if (definition == null) {
                problems.add(new Violation("items", Messages.get("error.section.unknownItem", item.code())));
                continue;
            }
            if (!seen.add(item.code())) {
                problems.add(new Violation(item.code(), Messages.get("error.section.duplicateItem", item.code())));
                continue;
            }
            // a figure the template does not have would be dropped without a word: refuse it instead
            List<String> unknownKeys = item.indicators().keySet().stream()
                    .filter(key -> definition.indicators().stream()
                            .noneMatch(i -> i.key().equals(key)))
                    .toList();
            if (!unknownKeys.isEmpty()) {
                unknownKeys.forEach(key -> problems.add(
                        new Violation(item.code() + "/" + key, Messages.get("template.problem.unknownKey", key))));
                continue;
            }
            // counted in NFC: the same Vietnamese text is as long whichever way the keyboard composed it
            String text = TextInput.normalize(item.text());
            int unprintable = TextInput.unprintable(text, true);
            if (unprintable >= 0) {
                problems.add(new Violation(
                        item.code(),
                        Messages.get(
                                "error.text.control",
                                label(section, definition),
                                String.format("U+%04X", unprintable))));
                continue;
            }
            if (text.length() > maxTextChars) {
                throw AppException.tooLarge("error.section.tooLarge", label(section, definition), maxTextChars);
            }
            Set<String> unknownCitations = FigureCitations.unknown(text, definition);
            unknownCitations.forEach(key -> problems.add(new Violation(
                    item.code() + "/" + key,
                    Messages.get("error.section.unknownCitation", label(section, definition), key))));
            CheckResult check = IndicatorCheck.check(definition, item.indicators());
            check.errors().forEach(e -> problems.add(new Violation(item.code() + "/" + e.field(), e.message())));
            check.broken().forEach(e -> warnings.add(new Violation(item.code() + "/" + e.field(), e.message())));
            Map<String, List<Map<String, String>>> tables =
                    UnitRows.check(section, definition, item.tables(), problems, warnings);
            cleaned.add(new SectionItem(item.code(), text.strip(), check.normalized(), tables));
        }
        if (!problems.isEmpty()) {
            throw AppException.invalid(problems, "error.section.invalid");
        }
        // keep the template's order whatever the request's
        cleaned.sort(java.util.Comparator.comparingInt(
                i -> List.copyOf(known.keySet()).indexOf(i.code())));
        return cleaned;
    }

    private Part resolve(Report report, String code, String unitCode, Actor actor) {
        TemplateSection section = parts.template(report)
                .section(code)
                .filter(TemplateSection::holdsContent)
                .orElseThrow(() -> AppException.notFound("error.section.notFound", code));
        return parts.part(report, section, unitCode, actor.unit())
                .orElseThrow(() -> AppException.notFound("error.unit.notFound", unitCode == null ? "" : unitCode));
    }

    private void requireReadable(Actor actor, Report report, Part part) {
        boolean own = part.unit().id() == actor.unit().id();
        if (!own && !actor.has(Role.OFFICE) && !actor.has(Role.LEADERSHIP) && !actor.has(Role.ADMIN)) {
            throw AppException.forbidden("error.section.notYours");
        }
    }

    private void requireWritable(Actor actor, Report report, Part part, Optional<ReportUnit> writer) {
        if (report.status() == ReportStatus.COLLECTING) {
            // the office's own part is not "someone else's": it is written later, when consolidating
            if (writer.isEmpty() && part.unit().id() == report.officeUnitId() && actor.has(Role.OFFICE)) {
                throw AppException.conflict("error.section.officeStage");
            }
            if (part.unit().id() != actor.unit().id() || !actor.has(Role.UNIT)) {
                throw AppException.forbidden("error.section.notYours");
            }
            UnitStatus status =
                    writer.map(ReportUnit::status).orElseThrow(() -> AppException.forbidden("error.section.notYours"));
            if (!status.editable()) {
                throw AppException.conflict("error.section.locked", StatusLabels.unit(status));
            }
            return;
        }
        if (report.status() == ReportStatus.CONSOLIDATING) {
            if (!actor.has(Role.OFFICE)) {
                throw AppException.forbidden("error.section.officeOnly");
            }
            return;
        }
        throw AppException.conflict("error.report.wrongStatus", StatusLabels.report(report.status()));
    }

    private SectionView view(EarlierFigures.Figures figures, Part part, Optional<SectionContent> content) {
        return view(figures, part, content, Optional.empty());
    }

    /** The part's version, or the unit's own draft over it (a draft over an older version is not shown). */
    private SectionView view(
            EarlierFigures.Figures figures, Part part, Optional<SectionContent> version, Optional<SectionDraft> draft) {
        int base = version.map(SectionContent::version).orElse(0);
        Optional<SectionDraft> shown = draft.filter(d -> d.baseVersion() == base);
        Optional<SectionContent> content = shown.isEmpty()
                ? version
                : shown.map(d -> new SectionContent(
                        d.reportId(),
                        d.sectionCode(),
                        d.unitId(),
                        base,
                        d.items(),
                        "",
                        d.updatedBy(),
                        null,
                        d.updatedAt()));
        TemplateSection section = part.section();
        List<SectionView.ItemView> items = section.items().stream()
                .map(item -> {
                    Optional<SectionItem> written = content.flatMap(c -> c.item(item.code()));
                    Map<String, String> values =
                            written.map(SectionItem::indicators).orElse(Map.of());
                    return new SectionView.ItemView(
                            item.code(),
                            item.numberedHeading(),
                            item.guidance(),
                            item.required(),
                            written.map(SectionItem::text).orElse(""),
                            values,
                            IndicatorCheck.checkStored(
                                            item,
                                            values,
                                            figures.earlier(section, part.unit().id(), item))
                                    .display(),
                            item.indicators().stream()
                                    .map(ContributionService::indicatorView)
                                    .toList(),
                            written.map(SectionItem::tables).orElse(Map.of()),
                            item.unitTables().stream()
                                    .map(t -> tableView(
                                            t,
                                            written.map(w -> w.tables().getOrDefault(t.code(), List.of()))
                                                    .orElse(List.of())))
                                    .toList());
                })
                .toList();
        return new SectionView(
                section.code(),
                section.numberedHeading(),
                (section.itemOwners().size() == 1 ? section.itemOwners().get(0) : section.owner()).toString(),
                part.unit().code(),
                part.unit().name(),
                items,
                content.map(SectionContent::version).orElse(0),
                content.map(SectionContent::savedBy).orElse(null),
                content.map(SectionContent::savedAt).orElse(null),
                shown.isPresent(),
                List.of());
    }

    private static SectionView.IndicatorView indicatorView(vn.dangbo.baocao.template.Indicator i) {
        return new SectionView.IndicatorView(i.key(), i.label(), i.type().name(), i.unit(), i.computed(), i.carry());
    }

    private static SectionView.UnitTableView tableView(UnitTable table, List<Map<String, String>> stored) {
        TableCheck shown = UnitRows.shown(table, stored);
        return new SectionView.UnitTableView(
                table.code(),
                table.title(),
                table.totalLabel(),
                table.columns().stream().map(ContributionService::indicatorView).toList(),
                shown.rows(),
                shown.total());
    }

    private static String label(TemplateSection section, TemplateItem item) {
        String heading = item.numberedHeading();
        return section.numberedHeading() + (heading.isBlank() ? "" : " — " + heading);
    }
}
