package app.factdesk.shared;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

/**
 * Checks every argument of a service method before the method runs: each text against {@link TextRules}
 * (multi-line only for the fields named in {@link TextRules#MULTILINE_FIELDS}), each date, offset, limit and id
 * against {@link InputRules}, and every list for null elements, descending into the application's command records.
 * Installed once for all services by {@link InputGuardConfig}, so a new service or command is covered without
 * anyone remembering to call it. A refusal is an {@link InvalidInputException} naming the field.
 */
final class InputGuard implements MethodInterceptor {

    private static final int MAX_DEPTH = 4;

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        Parameter[] parameters = method.getParameters();
        Object[] arguments = invocation.getArguments();
        for (int i = 0; i < arguments.length && i < parameters.length; i++) {
            check(parameters[i].getName(), arguments[i], 0);
        }
        return invocation.proceed();
    }

    static void check(String field, Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof String text) {
            if (TextRules.firstInvalid(text, TextRules.isMultiline(field)) >= 0) {
                throw new InvalidInputException("text.invalid", field);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item == null) {
                    throw new InvalidInputException("input.null-element", field);
                }
                check(field, item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                check(field, entry.getKey(), depth + 1);
                check(field + "." + entry.getKey(), entry.getValue(), depth + 1);
            }
        } else if (value instanceof Record record && record.getClass().getName().startsWith("app.factdesk.")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String path = depth == 0 ? component.getName() : field + "." + component.getName();
                check(path, read(component, record), depth + 1);
            }
        } else {
            InputRules.check(field, value);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
