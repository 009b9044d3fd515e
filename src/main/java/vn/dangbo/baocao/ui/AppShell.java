package vn.dangbo.baocao.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.Theme;

/**
 * Every component's front-end code loads with the application: the production bundle's per-route chunks left the
 * chi bộ's editor without its text areas (components built outside the route classes are not traced), and the
 * whole bundle is small next to the time a commune spends in one screen.
 */
@Theme("baocao")
@LoadDependenciesOnStartup
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {}
