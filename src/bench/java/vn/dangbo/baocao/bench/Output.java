package vn.dangbo.baocao.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** target/benchmark.json, the Markdown tables and the plot; published into docs/ for the default and full scale. */
final class Output {

    static final String BEGIN = "<!-- results:begin -->";
    static final String END = "<!-- results:end -->";

    /** What the plot shows, with the target (ms) where the issue sets one. */
    private static final Map<String, Double> PLOTTED = new LinkedHashMap<>();

    static {
        PLOTTED.put("inbox.chiBo", 50.0);
        PLOTTED.put("inbox.office", 50.0);
        PLOTTED.put("progress.report", 50.0);
        PLOTTED.put("inbox.heavyUnit", 300.0);
        PLOTTED.put("burst.submit", 150.0);
        PLOTTED.put("camunda.startComplete", null);
        PLOTTED.put("seed.save", null);
        PLOTTED.put("seed.open", null);
        PLOTTED.put("docx.render", 200.0);
        PLOTTED.put("docx.preview", null);
        PLOTTED.put("poi.plain", null);
        PLOTTED.put("register.take", null);
        PLOTTED.put("postgres.updateCommit", null);
        PLOTTED.put("lifecycle", null);
    }

    private Output() {
    }

    static void write(Map<String, Object> results, Map<String, Stats> measured, Scale scale) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(target.resolve("benchmark.json").toFile(), results);
        String markdown = markdown(results, measured);
        Files.writeString(target.resolve("benchmark-results.md"), markdown, StandardCharsets.UTF_8);
        BufferedImage plot = plot(measured, scale);
        ImageIO.write(plot, "png", target.resolve("benchmark.png").toFile());
        boolean publish = Boolean.parseBoolean(System.getProperty("bench.publish",
                Boolean.toString(!scale.name().equals("small"))));
        Path doc = Path.of("docs/benchmark.md");
        if (publish && Files.exists(doc)) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin >= 0 && end > begin) {
                Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + "\n" + markdown
                        + text.substring(end), StandardCharsets.UTF_8);
                ImageIO.write(plot, "png", Path.of("docs/benchmark.png").toFile());
            }
        }
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results, Map<String, Stats> measured) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> scale = (Map<String, Object>) results.get("scale");
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        md.append("Scale: `").append(scale).append("`  \n");
        md.append("Machine: ").append(machine.get("cpu")).append(", ").append(machine.get("cores"))
                .append(" cores, ").append(machine.get("memTotal")).append(" RAM; ").append(machine.get("java"))
                .append(", ").append(machine.get("jvmArgs")).append("; ").append(machine.get("postgres"))
                .append(" (fsync ").append(machine.get("pg.fsync")).append(", synchronous_commit ")
                .append(machine.get("pg.synchronous_commit")).append(")  \n");
        md.append("Load average at start: `").append(machine.get("loadAverageAtStart")).append("`, at end: `")
                .append(results.get("loadAverageAtEnd")).append("`; run took ").append(results.get("runSeconds"))
                .append(" s.\n\n");

        md.append("| measurement | count | errors | p50 ms | p95 ms | max ms | per second | SQL per call |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        measured.forEach((name, s) -> md.append("| ").append(name).append(" | ").append(s.count()).append(" | ")
                .append(s.errors()).append(" | ").append(f(s.p50())).append(" | ").append(f(s.p95())).append(" | ")
                .append(f(s.max())).append(" | ").append(f(s.throughput())).append(" | ")
                .append(f(s.statementsPerCall())).append(" |\n"));

        md.append("\n| ratio | value |\n|---|---:|\n");
        ((Map<String, Object>) results.get("ratios")).forEach((k, v) -> md.append("| ").append(k).append(" | ")
                .append(v).append(" |\n"));

        md.append("\n| target | measured | met |\n|---|---:|:---:|\n");
        for (Map<String, Object> t : (List<Map<String, Object>>) results.get("targets")) {
            md.append("| ").append(t.get("target")).append(" | ").append(t.get("value")).append(' ')
                    .append(t.get("unit")).append(" | ").append(Boolean.TRUE.equals(t.get("met")) ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\nSeed: `").append(results.get("seed")).append("`  \n");
        md.append("Memory after the seed: `").append(results.get("memoryAfterSeed")).append("`  \n");
        md.append("Memory at the end: `").append(results.get("memoryAtEnd")).append("`  \n");
        md.append("Burst lock waits: `").append(results.get("burstLockWaits")).append("`  \n");
        md.append("Heavy unit: `").append(results.get("heavyUnit")).append("`  \n");
        md.append("Register race: `").append(results.get("register")).append("`  \n");
        md.append("Document: `").append(results.get("document")).append("`\n");
        return md.toString();
    }

    private static String f(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format("%.0f", v) : v >= 1 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    /** Horizontal bars, log scale: p50 dark, p95 light, the target as a red line. */
    static BufferedImage plot(Map<String, Stats> measured, Scale scale) {
        List<String> names = PLOTTED.keySet().stream().filter(measured::containsKey).toList();
        int left = 230;
        int width = 1000;
        int row = 34;
        int top = 60;
        int height = top + names.size() * row + 60;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Latency per measurement (ms, log scale) - scale " + scale.name() + ", " + scale.orgs()
                + " organisations x " + scale.months() + " months", 20, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double minLog = -2;
        double maxLog = 5;
        int plotWidth = width - left - 30;
        java.util.function.DoubleToIntFunction x = ms -> left + (int) Math.round(
                (Math.log10(Math.max(ms, 0.01)) - minLog) / (maxLog - minLog) * plotWidth);
        for (int e = (int) minLog; e <= maxLog; e++) {
            int xx = x.applyAsInt(Math.pow(10, e));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(xx, top - 10, xx, top + names.size() * row);
            g.setColor(Color.DARK_GRAY);
            String label = e < 0 ? String.valueOf(Math.pow(10, e)) : String.valueOf((long) Math.pow(10, e));
            g.drawString(label, xx - 10, top + names.size() * row + 18);
        }
        for (int i = 0; i < names.size(); i++) {
            Stats s = measured.get(names.get(i));
            int y = top + i * row;
            g.setColor(Color.BLACK);
            g.drawString(names.get(i), 20, y + 20);
            g.setColor(new Color(150, 190, 230));
            g.fillRect(left, y + 4, x.applyAsInt(s.p95()) - left, 22);
            g.setColor(new Color(30, 90, 160));
            g.fillRect(left, y + 10, x.applyAsInt(s.p50()) - left, 10);
            g.setColor(Color.BLACK);
            g.drawString(f(s.p50()) + " / " + f(s.p95()), x.applyAsInt(s.p95()) + 6, y + 20);
            Double limit = PLOTTED.get(names.get(i));
            if (limit != null) {
                int tx = x.applyAsInt(limit);
                g.setColor(s.p95() < limit ? new Color(0, 150, 0) : Color.RED);
                g.setStroke(new BasicStroke(3));
                g.drawLine(tx, y + 1, tx, y + 29);
                g.setStroke(new BasicStroke(1));
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("dark: p50, light: p95; vertical line: target (green met, red missed)", 20, height - 14);
        g.dispose();
        return image;
    }
}
