package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a report's independent queries a few at a time and keeps their order. One report uses at most as many
 * connections as the machine has cores (at least two), so a large report cannot take the whole pool.
 */
@Component
class ConcurrentCounting implements DisposableBean {

    private final ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("report-", 0).daemon().factory());

    <T> List<T> all(List<Supplier<List<T>>> parts) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Future<List<T>>> futures = new ArrayList<>();
        for (Supplier<List<T>> part : parts) {
            futures.add(pool.submit(() -> {
                LocaleContextHolder.setLocale(locale);
                try {
                    return part.get();
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            }));
        }
        List<T> result = new ArrayList<>();
        try {
            for (Future<List<T>> future : futures) {
                result.addAll(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("report interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return result;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
