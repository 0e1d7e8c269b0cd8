package org.survivorvoice.reports.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The folder of finished workbooks. A workbook is written to a part file while its SHA-256 is
 * computed on the way, then moved into place in one step, so a reader never sees half a file and a
 * crash leaves only a part file that the next write of the same job replaces.
 */
@ApplicationScoped
public class ReportArchive {

    private final Path folder;

    public ReportArchive(ReportArchiveConfig config) {
        this.folder = config.dir().toAbsolutePath().normalize();
    }

    /** Writes the bytes {@code content} produces under {@code fileName}; answers size and hash. */
    public StoredFile store(String fileName, FileContent content) {
        Path target = resolve(fileName);
        Path part = target.resolveSibling(fileName + ".part");
        try {
            Files.createDirectories(folder);
            MessageDigest sha256 = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
                content.writeTo(out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(
                    fileName, Files.size(target), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** The path of an archived file. */
    public Path path(String fileName) {
        return resolve(fileName);
    }

    /** Whether the file is present. */
    public boolean exists(String fileName) {
        return Files.isRegularFile(resolve(fileName));
    }

    private Path resolve(String fileName) {
        Path path = folder.resolve(fileName).normalize();
        if (!path.getParent().equals(folder)) {
            throw new IllegalArgumentException("archive file names are plain names");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the part file is replaced by the next attempt of the same job
        }
    }

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A file now in the archive. */
    public record StoredFile(String fileName, long sizeBytes, String sha256) {}
}
