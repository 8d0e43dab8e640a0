package app.factdesk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;

/**
 * The words Vaadin's components show by themselves (date picker months and buttons, upload buttons and errors, the
 * avatar group's live-region text), in the UI language. English keeps the components' own texts; every other text
 * comes from the bundles ({@code component.*} keys). Called once where such a component is made (ADR 020).
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? TranslationProvider.ENGLISH : ui.getLocale();
    }

    private static boolean arabic(Component c) {
        return TranslationProvider.isRightToLeft(locale());
    }

    public static <T extends DatePicker> T of(T picker) {
        if (!arabic(picker)) {
            return picker;
        }
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Formats.of(locale()));
        List<String> months = Arrays.asList(symbols.getMonths()).subList(0, 12);
        // DateFormatSymbols puts Sunday at index 1; the picker wants Sunday first.
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        picker.setI18n(new DatePicker.DatePickerI18n().setMonthNames(months).setWeekdays(weekdays)
                .setWeekdaysShort(shortWeekdays).setFirstDayOfWeek(6).setDateFormat("dd/MM/yyyy")
                .setToday(picker.getTranslation("component.date-picker.today"))
                .setCancel(picker.getTranslation("component.date-picker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("component.date-picker.bad-input")));
        return picker;
    }

    public static Upload of(Upload upload) {
        if (!arabic(upload)) {
            return upload;
        }
        java.util.function.Function<String, String> t = key -> upload.getTranslation("component.upload." + key);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t.apply("add-one")).setMany(t.apply("add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t.apply("drop-one")).setMany(t.apply("drop-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t.apply("too-many")).setFileIsTooBig(t.apply("too-big"))
                .setIncorrectFileType(t.apply("wrong-type")));
        i18n.setFile(new UploadI18N.File().setRetry(t.apply("retry")).setStart(t.apply("start"))
                .setRemove(t.apply("remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.apply("connecting"))
                        .setStalled(t.apply("stalled")).setProcessing(t.apply("processing")).setHeld(t.apply("held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.apply("remaining"))
                        .setUnknown(t.apply("remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.apply("server-unavailable"))
                        .setUnexpectedServerError(t.apply("server-error")).setForbidden(t.apply("forbidden"))));
        i18n.setUnits(List.of(t.apply("units").split(",")));
        upload.setI18n(i18n);
        return upload;
    }

    public static AvatarGroup of(AvatarGroup group) {
        if (arabic(group)) {
            group.setI18n(new AvatarGroup.AvatarGroupI18n()
                    .setAnonymous(group.getTranslation("component.avatars.anonymous"))
                    .setOneActiveUser(group.getTranslation("component.avatars.one"))
                    .setManyActiveUsers(group.getTranslation("component.avatars.many")));
        }
        return group;
    }
}
