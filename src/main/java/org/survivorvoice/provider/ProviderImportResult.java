package org.survivorvoice.provider;

import java.util.List;

/** What an import created: how many providers, and their codes in the order of the file's rows. */
public record ProviderImportResult(int created, List<String> codes) {}
