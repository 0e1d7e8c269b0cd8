package org.survivorvoice.privacy.rotation;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.survivorvoice.common.error.LoggableFailure;

/**
 * Runs the rotation's batches on a thread of its own, so a rotation never holds an HTTP worker:
 * after an admin starts it, and on a schedule that continues a started rotation after a restart or
 * a kill. Every replica may run it at once; the rotation's row lock makes them take turns.
 */
@ApplicationScoped
public class VaultRotationRunner {

    private final VaultRotationService rotation;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    task -> {
                        Thread thread = new Thread(task, "vault-rotation");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final boolean enabled;

    public VaultRotationRunner(VaultRotationService rotation, VaultRotationConfig config) {
        this.rotation = rotation;
        this.enabled = config.runBatches();
    }

    void onStarted(@Observes(during = TransactionPhase.AFTER_SUCCESS) VaultRotationStarted event) {
        launch();
    }

    @Scheduled(
            identity = "vault-rotation-resume",
            every = "${survivor-voice.vault-rotation.resume-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resume() {
        launch();
    }

    /** Starts the batches unless this instance already runs them. */
    void launch() {
        if (enabled && running.compareAndSet(false, true)) {
            worker.execute(this::runToEnd);
        }
    }

    private void runToEnd() {
        try {
            rotation.runToEnd();
        } catch (RuntimeException e) {
            // the cursor stays at the last committed batch; the schedule tries again
            Log.errorf("Vault rotation stopped: %s", LoggableFailure.describe(e));
        } finally {
            running.set(false);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
