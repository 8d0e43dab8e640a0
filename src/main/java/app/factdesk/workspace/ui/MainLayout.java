package app.factdesk.workspace.ui;

import app.factdesk.security.AccountService;
import app.factdesk.security.CurrentUser;
import app.factdesk.security.FactDeskUser;
import app.factdesk.security.WorkspaceRole;
import app.factdesk.shared.ui.LayoutHeaderItem;
import app.factdesk.workspace.WorkspaceService;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/** The shell around every signed-in view: menu from {@code @Menu} entries, workspace, user, language, sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final AccountService accounts;
    private final FactDeskUser me;

    public MainLayout(CurrentUser currentUser, AccountService accounts, WorkspaceService workspaces,
            AuthenticationContext authentication, ObjectProvider<LayoutHeaderItem> headerItems) {
        this.accounts = accounts;
        this.me = currentUser.require();
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        // The brand belongs to the menu's landmark, not loose in the drawer (axe "region").
        com.vaadin.flow.component.html.Nav menu = new com.vaadin.flow.component.html.Nav(brand, nav);
        menu.getElement().setAttribute("aria-label", getTranslation("menu.label"));
        addToDrawer(menu);

        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("app-header");
        header.getElement().setAttribute("role", "banner"); // axe "region": header content inside a landmark
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Span spacer = new Span();
        com.vaadin.flow.component.applayout.DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        header.add(toggle, workspaceLabel(workspaces.myWorkspaces()), spacer);
        headerItems.orderedStream().map(LayoutHeaderItem::create).filter(Objects::nonNull).forEach(header::add);
        header.add(languageSwitch(), userName(), signOut(authentication));
        header.expand(spacer);
        addToNavbar(header);
    }

    /** The view is the page's main landmark (axe {@code landmark-one-main}, {@code region}). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private com.vaadin.flow.component.Component workspaceLabel(List<WorkspaceRole> mine) {
        if (me.workspace() == null) {
            Span none = new Span(getTranslation("workspace.none"));
            none.setId("current-workspace");
            return none;
        }
        if (mine.size() < 2) {
            Span name = new Span(me.workspace().workspaceName() + " · " + roleLabel(me.workspace()));
            name.setId("current-workspace");
            name.addClassName("workspace-name");
            return name;
        }
        Select<WorkspaceRole> switcher = new Select<>();
        switcher.setId("current-workspace");
        switcher.setAriaLabel(getTranslation("workspace.switch"));
        switcher.setItems(mine);
        switcher.setItemLabelGenerator(w -> w.workspaceName() + " · " + roleLabel(w));
        mine.stream().filter(w -> w.workspaceId() == me.workspace().workspaceId()).findFirst()
                .ifPresent(switcher::setValue);
        switcher.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                accounts.switchWorkspace(change.getValue().workspaceId());
                getUI().ifPresent(ui -> ui.getPage().setLocation(""));
            }
        });
        return switcher;
    }

    private String roleLabel(WorkspaceRole workspace) {
        return getTranslation("role." + workspace.role().name());
    }

    private Button languageSwitch() {
        boolean arabic = "ar".equals(me.language());
        Button toggle = new Button(arabic ? "English" : "العربية");
        toggle.setId("language-switch");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("lang", arabic ? "en" : "ar");
        toggle.addClickListener(click -> {
            accounts.updateOwnProfile(me.displayName(), arabic ? "en" : "ar");
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        return toggle;
    }

    private Span userName() {
        Span name = new Span(me.displayName());
        name.setId("current-user");
        name.addClassName("user-name");
        return name;
    }

    private Button signOut(AuthenticationContext authentication) {
        Button logout = new Button(getTranslation("app.sign-out"), click -> authentication.logout());
        logout.setId("sign-out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }
}
