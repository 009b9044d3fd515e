package vn.dangbo.baocao;

import vn.dangbo.baocao.common.Messages;

/**
 * A jar built without {@code -Pproduction} carries Vaadin's development server, which cannot serve the UI from
 * inside a jar: every page would fail and send the browser round the login page. Such a jar refuses to start
 * with a message saying which build to make; the development build runs with {@code ./mvnw}.
 */
final class LaunchCheck {

    static final String DEV_SERVER = "com.vaadin.base.devserver.startup.DevModeStartupListener";

    private LaunchCheck() {}

    /** The reason this launch cannot work, or null. */
    static String problem(String codeLocation, boolean devServerPresent) {
        boolean packaged = codeLocation != null
                && (codeLocation.contains("BOOT-INF/classes") || codeLocation.matches(".*\\.jar(!/)?"));
        return packaged && devServerPresent ? Messages.get("launch.developmentJar") : null;
    }

    static void refuseUnusableLaunch() {
        var source = Application.class.getProtectionDomain().getCodeSource();
        String problem = problem(source == null ? null : source.getLocation().toString(), isPresent(DEV_SERVER));
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, LaunchCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
