package app.factdesk.audit.ui;

import app.factdesk.audit.AuditService;
import app.factdesk.audit.ChainVerification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The installation's sign-in history chain (chain 0), verified on demand by an installation admin. */
@Route("account-chain")
@RolesAllowed("INSTALLATION_ADMIN")
@Menu(title = "menu.account-chain", order = 71, icon = "vaadin:key")
public class AccountChainView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final Span verification = new Span();

    public AccountChainView(AuditService audit) {
        this.audit = audit;
        Button verify = new Button(getTranslation("audit.verify"), click -> verify());
        verify.setId("account-chain-verify");
        verification.setId("account-chain-verification");
        add(new H1(getTranslation("account-chain.title")), new Paragraph(getTranslation("account-chain.text")),
                verify, verification);
    }

    private void verify() {
        ChainVerification result = audit.verifyAccountChain();
        verification.setText(result.ok()
                ? getTranslation("audit.verify.ok", result.count(), result.headHash())
                : getTranslation("audit.verify.bad", result.badSeq(), result.reason()));
        verification.getElement().getThemeList().set("badge", true);
        verification.getElement().getThemeList().set("success", result.ok());
        verification.getElement().getThemeList().set("error", !result.ok());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account-chain.title");
    }
}
