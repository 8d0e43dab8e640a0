package app.factdesk.article.ui;

import app.factdesk.shared.ui.Toast;
import app.factdesk.article.ArticleFiles;
import app.factdesk.article.ArticleService;
import app.factdesk.article.DuplicateArticleException;
import app.factdesk.article.ImportArticle;
import app.factdesk.security.Role;
import app.factdesk.shared.UserFacingException;
import app.factdesk.shared.ui.BoundedUpload;
import app.factdesk.shared.ui.TextGuard;
import app.factdesk.shared.ui.UploadLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Paste or upload an article; bad input is explained field by field and nothing is stored until it is right. */
@Route("articles/import")
@RolesAllowed(Role.FACT_CHECKER_NAME)
@Menu(title = "menu.import", order = 15, icon = "vaadin:upload")
public class ImportArticleView extends VerticalLayout implements HasDynamicTitle {

    private static final String AUTO = "";

    private final ArticleService articles;
    private final TextArea body = new TextArea();
    private final TextField title = new TextField();
    private final Select<String> language = new Select<>();
    private final Select<String> direction = new Select<>();
    private final TextField outlet = new TextField();
    private final TextField author = new TextField();
    private final TextField url = new TextField();
    private final DatePicker published = app.factdesk.shared.ui.ComponentTexts.of(new DatePicker());
    private final Div duplicate = new Div();
    private final Paragraph problem = new Paragraph();

    public ImportArticleView(ArticleService articles) {
        this.articles = articles;
        setMaxWidth("60rem");
        body.setLabel(getTranslation("import.body"));
        body.setId("import-body");
        body.setWidthFull();
        body.setMinHeight("16rem");
        body.setMaxLength(ArticleService.MAX_BODY_LENGTH);
        body.getElement().setAttribute("dir", "auto");
        Upload upload = new Upload(new BoundedUpload(ArticleFiles.MAX_BYTES, this::fileReceived,
                () -> showProblem("article.file-too-large", ArticleFiles.MAX_BYTES / (1024 * 1024))));
        app.factdesk.shared.ui.ComponentTexts.of(upload);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        UploadLimit.apply(upload, ArticleFiles.MAX_BYTES, problem::setText);
        title.setLabel(getTranslation("import.field-title"));
        title.setId("import-title");
        title.setMaxLength(500);
        title.getElement().setAttribute("dir", "auto");
        language.setLabel(getTranslation("import.language"));
        language.setItems(List.of(AUTO, "ar", "en", "fr", "fa", "ur", "he", "es", "de", "ru", "tr"));
        language.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("import.language-detected")
                : getTranslation("language." + code));
        language.setValue(AUTO);
        direction.setLabel(getTranslation("import.direction"));
        direction.setItems(AUTO, "rtl", "ltr");
        direction.setItemLabelGenerator(d -> getTranslation(d.isEmpty() ? "import.direction-auto" : "import.direction-" + d));
        direction.setValue(AUTO);
        outlet.setLabel(getTranslation("import.outlet"));
        outlet.setMaxLength(200);
        author.setLabel(getTranslation("import.author"));
        author.setMaxLength(200);
        url.setLabel(getTranslation("import.url"));
        url.setId("import-url");
        url.setMaxLength(2000);
        url.getElement().setAttribute("dir", "ltr");
        published.setLabel(getTranslation("import.published"));
        FormLayout details = new FormLayout(title, language, direction, outlet, author, url, published);
        details.setColspan(title, 2);
        problem.setId("import-problem");
        problem.addClassName("form-problem");
        duplicate.setId("import-duplicate");
        duplicate.setVisible(false);
        Button submit = new Button(getTranslation("import.submit"), click -> submit(false));
        submit.setId("import-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("import.title")), body, new Paragraph(getTranslation("import.upload")), upload,
                details, problem, duplicate, submit);
    }

    private void fileReceived(String fileName, byte[] bytes) {
        try {
            ArticleFiles.Extracted extracted = ArticleFiles.extract(fileName, bytes);
            body.setValue(extracted.body());
            if (extracted.title() != null && title.isEmpty()) {
                title.setValue(extracted.title());
            }
            problem.setText(getTranslation("import.file-loaded", fileName));
        } catch (UserFacingException refused) {
            showProblem(refused.messageKey(), refused.arguments());
        }
    }

    private void submit(boolean evenIfDuplicate) {
        duplicate.setVisible(false);
        problem.setText("");
        body.setInvalid(false);
        title.setInvalid(false);
        url.setInvalid(false);
        if (!TextGuard.accepts(body, title, outlet, author, url)) {
            return;
        }
        try {
            long id = articles.importArticle(new ImportArticle(title.getValue(), body.getValue(),
                    language.getValue(), direction.getValue(), outlet.getValue(), author.getValue(), url.getValue(),
                    published.getValue()), evenIfDuplicate);
            Toast.done(getTranslation("import.done"));
            getUI().ifPresent(ui -> ui.navigate("articles/" + id));
        } catch (DuplicateArticleException existing) {
            duplicate.removeAll();
            Button anyway = new Button(getTranslation("article.duplicate-import"), click -> submit(true));
            anyway.setId("import-anyway");
            duplicate.add(new Paragraph(getTranslation(existing.messageKey(), existing.arguments())),
                    new Anchor("articles/" + existing.existingId(), getTranslation("article.duplicate-open")), anyway);
            duplicate.setVisible(true);
        } catch (UserFacingException refused) {
            showProblem(refused.messageKey(), refused.arguments());
        }
    }

    /** The refusal at the field it concerns when there is one (body, title), else below the form; input stays. */
    private void showProblem(String key, Object... arguments) {
        String message = getTranslation(key, arguments);
        if (key.startsWith("article.body")) {
            body.setErrorMessage(message);
            body.setInvalid(true);
        } else if (key.startsWith("article.title")) {
            title.setErrorMessage(message);
            title.setInvalid(true);
        } else if (key.contains("url")) {
            url.setErrorMessage(message);
            url.setInvalid(true);
        }
        problem.setText(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
