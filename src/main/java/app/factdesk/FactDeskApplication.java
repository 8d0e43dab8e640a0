package app.factdesk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@Theme("factdesk")
@Push
public class FactDeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FactDeskApplication.class, args);
    }
}
